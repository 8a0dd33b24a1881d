package org.verkstad.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;
import org.verkstad.core.Link;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Model;

/**
 * One layout for every notation: a block's contents one level deeper (tabs), each element, each
 * detail ({@code description}, {@code remark}, {@code time}, the value class, …) and each link on a line of its own,
 * a blank line between the top-level parts of a model, single spaces elsewhere. A notation's formatter
 * names the keywords (and the values written without one) that start a detail line in its language.
 */
public class VerkstadFormatter extends AbstractJavaFormatter {

	/** Keywords of the shared grammar that start a detail line inside a block. */
	private static final Set<String> SHARED_LINE_KEYWORDS = Set.of("description", "remark", "tags", "title", "author",
			"course", "organisation", "language", "created", "modified", "template", "template-author", "unit", "baseline", "target",
			"current", "source", "computed");

	private final String[] lineKeywords;
	private final List<EAttribute> lineFeatures;

	public VerkstadFormatter() {
		this(Set.of(), List.of());
	}

	/**
	 * @param lineKeywords the notation's keywords that start a detail line
	 * @param lineFeatures its attributes written without a keyword at the start of a line (a value class)
	 */
	protected VerkstadFormatter(Set<String> lineKeywords, List<EAttribute> lineFeatures) {
		Set<String> all = new TreeSet<>(SHARED_LINE_KEYWORDS);
		all.addAll(lineKeywords);
		this.lineKeywords = all.toArray(String[]::new);
		List<EAttribute> features = new ArrayList<>(lineFeatures);
		features.add(CorePackage.Literals.MEASURE__BETTER); // a measure's lower-is-better
		this.lineFeatures = List.copyOf(features);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof EObject eObject) {
			formatElement(eObject, document);
		} else {
			super.format(object, document);
		}
	}

	private void formatElement(EObject object, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(object);
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regions.keywordPairs("{", "}")) {
			doc.prepend(braces.getKey(), it -> it.oneSpace());
			doc.append(braces.getKey(), it -> {
				it.newLine();
				it.lowPriority();
			});
			doc.prepend(braces.getValue(), it -> {
				it.newLine();
				it.lowPriority();
			});
			doc.interior(braces, it -> it.indent());
		}
		for (ISemanticRegion keyword : regions.keywords(lineKeywords)) {
			doc.prepend(keyword, it -> {
				it.newLine();
				it.lowPriority();
			});
			// its value on the same line ("meets a, b" also when the values came from several lines)
			doc.append(keyword, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		for (EAttribute feature : lineFeatures) {
			for (ISemanticRegion value : regions.features(feature)) {
				doc.prepend(value, it -> {
					it.newLine();
					it.lowPriority();
				});
			}
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		}
		boolean topLevel = object instanceof Model;
		// a blank line before the larger parts of a model (lanes, phases, boxes, ...), not before single notes
		for (EObject child : object.eContents()) {
			var region = textRegionExtensions.regionForEObject(child);
			if (region != null) {
				doc.set(region.getPreviousHiddenRegion(), it -> {
					if (topLevel && !(child instanceof Link) && !child.eContents().isEmpty()) {
						it.setNewLines(2, 2, 2);
						it.highPriority();
					} else {
						it.newLine();
					}
				});
			}
			formatElement(child, doc);
		}
	}
}
