package org.verkstad.diagram.graph;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Labels;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.StyleRule;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * The texts of a diagram: values written as the description says (minutes, money, an enumeration's name),
 * the notation's declared texts (section titles, row titles) and labels measured and broken into lines
 * with the font the page draws with.
 */
final class Texts {

	private final String notation;
	private final Model root;
	private final Locale locale;
	/** Where the model's words may be broken (its declared language, else the reader's). */
	private final Hyphenation hyphenation;

	Texts(String notation, Model root, Locale locale) {
		this.notation = notation;
		this.root = root;
		this.locale = locale;
		this.hyphenation = Hyphenation.forText(root.getMetadata() == null ? null : root.getMetadata().getLanguage(), locale);
	}

	/** A text the notation declares by key (a section's title, a row's title). */
	String declared(String key) {
		return Labels.declared(notation, key, locale);
	}

	/** A label of at most {@code maxLines} lines (0: any number) of at most {@code maxWidth} px, as high as its lines. */
	GLabel label(String id, String type, String text, LabelMapping style, double maxWidth, int maxLines) {
		double size = style.size();
		List<String> lines = TextMetrics.wrap(text, size, style.bold(), Math.max(20, maxWidth), maxLines, hyphenation);
		double lineHeight = TextMetrics.lineHeight(size);
		double width = lines.stream().mapToDouble(l -> TextMetrics.width(l, size, style.bold())).max().orElse(0);
		GLabelBuilder builder = new GLabelBuilder(type).id(id).text(String.join("\n", lines))
				.size(style.centred() ? maxWidth : Math.ceil(width), lines.size() * lineHeight)
				.addArgument("align", style.centred() ? "middle" : "start").addArgument("fontSize", size)
				.addArgument("lineHeight", lineHeight);
		if (style.bold()) {
			builder.addCssClass("bold");
		}
		if (style.css() != null) {
			builder.addCssClasses(List.of(style.css().trim().split("\\s+")));
		}
		return builder.build();
	}

	/** The width of a label's longest line (px, rounded up). */
	static double lineWidth(GLabel label, LabelMapping style) {
		double width = 0;
		for (String line : label.getText().split("\n", -1)) {
			width = Math.max(width, TextMetrics.width(line, style.size(), style.bold()));
		}
		return Math.ceil(width);
	}

	/** The value of the feature a label shows, written as its format says; empty when unset. */
	String text(EObject element, LabelMapping style) {
		if (element == null || style.feature() == null) {
			return "";
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(style.feature());
		Object value = feature == null ? null : element.eGet(feature);
		if (value == null) {
			return "";
		}
		return switch (style.format()) {
		case MINUTES -> Format.minutes(((Number) value).doubleValue(), locale);
		case MONEY -> Format.money(((Number) value).doubleValue(), root, locale);
		case NUMBER -> Format.number(((Number) value).doubleValue(), locale);
		case QUOTE -> Languages.quote(String.valueOf(value), locale);
		case NAMES -> ((Collection<?>) value).stream().filter(Element.class::isInstance).map(Element.class::cast)
				.map(e -> e.getName() == null ? e.getId() : e.getName()).collect(Collectors.joining(", "));
		case ENUM -> enumLiteral((EAttribute) feature, (Enumerator) value);
		case TEXT -> String.valueOf(value);
		};
	}

	/** An enumeration's value as the notation names it, as a title ("Fysisk plats"). */
	String enumLiteral(EAttribute attribute, Enumerator value) {
		return Labels.literalTitle(((EEnum) attribute.getEAttributeType()).getEEnumLiteral(value.getName()), locale);
	}

	/** The css class a style rule gives an element, or null. */
	static String style(EObject element, StyleRule rule) {
		if (rule.ifAny() != null) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(rule.ifAny());
			return feature != null && !((Collection<?>) element.eGet(feature)).isEmpty() ? rule.css() : null;
		}
		if (rule.hash() != null) {
			Object value = ModelFeatures.literal(element, rule.hash(), false);
			return value == null ? rule.prefix() + "none" : rule.prefix() + Math.floorMod(value.hashCode(), 8);
		}
		Object value = ModelFeatures.literal(element, rule.feature(), rule.defaults());
		return value == null ? null : rule.prefix() + value;
	}
}
