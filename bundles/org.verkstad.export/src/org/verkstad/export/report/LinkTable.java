package org.verkstad.export.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.Model;
import org.verkstad.core.notation.Labels;
import org.verkstad.export.report.CourseReport.Table;

/** The course report's table of links between the models: who links what to what, and in which file. */
final class LinkTable {

	private LinkTable() {
	}

	/** The links from elements of one model to others, and within a model: who links what to what. */
	static Table of(Map<Path, Model> models, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<Path, Model> entry : models.entrySet()) {
			for (var it = entry.getValue().eAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (o instanceof Link link && link.eContainer() instanceof Element source) {
					EObject target = link.getTarget();
					Resource targetResource = target == null || target.eIsProxy() ? null : target.eResource();
					String where = targetResource == null ? "?" : fileName(targetResource);
					rows.add(List.of(entry.getKey().getFileName().toString(), Labels.capitalised(Labels.of(source, locale)),
							link.getKind() == null ? "" : Labels.literal(
									CorePackage.Literals.LINK_KIND.getEEnumLiteral(link.getKind().getValue()), locale),
							target == null ? "-" : Labels.of(target, locale), where,
							link.getNote() == null ? "" : link.getNote()));
				}
			}
		}
		return new Table(CourseReport.text(locale, "report.links"), List.of(CourseReport.text(locale, "column.file"), CourseReport.text(locale, "column.from"),
				CourseReport.text(locale, "column.kind"), CourseReport.text(locale, "column.to"), CourseReport.text(locale, "column.inFile"),
				CourseReport.text(locale, "column.note")), rows);
	}

	private static String fileName(Resource resource) {
		String last = resource.getURI().lastSegment();
		return last == null ? String.valueOf(resource.getURI()) : URI.decode(last);
	}
}
