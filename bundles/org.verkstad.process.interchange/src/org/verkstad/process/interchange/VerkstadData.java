package org.verkstad.process.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.xml.instance.DomElement;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.verkstad.process.interchange.Sketch.Data;

/**
 * Verkstad's own data in a BPMN file: what BPMN has no place for (an activity's times, cost, frequency,
 * value class, systems, documents, problems and ideas; a map's description block, measures, remarks and
 * tags; links), kept in a {@code <vk:data>} extension element of the BPMN element it belongs to, in the
 * namespace {@value #NAMESPACE}. Inside, one element per feature of the metamodel, named as the feature
 * ({@code <vk:processingTime>180</vk:processingTime>}, times in minutes), a contained element as an element
 * with its own features inside, a reference as the name the text format gives it. docs/interchange.md
 * lists them. Tools that do not know the namespace keep or drop it; BPMN allows both.
 */
final class VerkstadData {

	static final String NAMESPACE = "https://verkstad.org/2026/bpmn";
	static final String PREFIX = "vk";
	static final String EXPORTER = "Verkstad";
	private static final String DATA = "data";

	/** A reference to resolve once every element is made: the element, its feature and the name written. */
	record Reference(EObject owner, EReference feature, String name) {
	}

	private VerkstadData() {
	}

	// --- writing ---

	/** The features of {@code element} outside {@code mapped}, as data; null when there are none. */
	static List<Data> of(EObject element, Set<EStructuralFeature> mapped, Function<EObject, String> names) {
		List<Data> data = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (mapped.contains(feature) || feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)) {
				continue;
			}
			for (Object value : values(element, feature)) {
				if (feature instanceof EAttribute attribute) {
					data.add(Data.value(feature.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value)));
				} else if (((EReference) feature).isContainment()) {
					EObject child = (EObject) value;
					String type = child.eClass() == feature.getEType() ? null : child.eClass().getName();
					data.add(new Data(feature.getName(), type, null, of(child, Set.of(), names)));
				} else {
					data.add(Data.value(feature.getName(), names.apply((EObject) value)));
				}
			}
		}
		return data;
	}

	private static List<?> values(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature, false);
		return feature.isMany() ? (List<?>) value : List.of(value);
	}

	/** Writes the data into the element's extension elements (made when missing). */
	static void write(BaseElement element, List<Data> data) {
		if (data.isEmpty()) {
			return;
		}
		ExtensionElements extensions = element.getExtensionElements();
		if (extensions == null) {
			extensions = element.getModelInstance().newInstance(ExtensionElements.class);
			element.setExtensionElements(extensions);
		}
		DomElement root = extensions.addExtensionElement(NAMESPACE, DATA).getDomElement();
		data.forEach(d -> append(root, d));
	}

	private static void append(DomElement parent, Data data) {
		DomElement element = parent.getDocument().createElement(NAMESPACE, data.name());
		if (data.type() != null) {
			element.setAttribute("type", data.type());
		}
		if (data.text() != null) {
			element.setTextContent(data.text());
		}
		data.children().forEach(child -> append(element, child));
		parent.appendChild(element);
	}

	// --- reading ---

	/** The data of an element's {@code <vk:data>} extensions, empty when it has none. */
	static List<Data> read(ExtensionElements extensions) {
		List<Data> data = new ArrayList<>();
		if (extensions == null) {
			return data;
		}
		for (ModelElementInstance element : extensions.getElements()) {
			DomElement dom = element.getDomElement();
			if (NAMESPACE.equals(dom.getNamespaceURI()) && DATA.equals(dom.getLocalName())) {
				dom.getChildElements().forEach(child -> data.add(data(child)));
			}
		}
		return data;
	}

	private static Data data(DomElement element) {
		List<DomElement> children = element.getChildElements();
		String type = element.hasAttribute("type") ? element.getAttribute("type") : null;
		if (children.isEmpty()) {
			return new Data(element.getLocalName(), type, element.getTextContent(), List.of());
		}
		return new Data(element.getLocalName(), type, null, children.stream().map(VerkstadData::data).toList());
	}

	/**
	 * Sets the data on a model element; references are collected to be resolved later; what the
	 * metamodel does not know (a newer Verkstad's, or a value that cannot be read) is returned by name.
	 */
	@SuppressWarnings("unchecked")
	static List<String> apply(EObject element, List<Data> data, List<Reference> references) {
		List<String> unknown = new ArrayList<>();
		for (Data d : data) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(d.name());
			if (feature == null || feature.isDerived() || feature.isTransient()) {
				unknown.add(d.name());
				continue;
			}
			try {
				Object value;
				if (feature instanceof EAttribute attribute) {
					value = EcoreUtil.createFromString(attribute.getEAttributeType(), d.text() == null ? "" : d.text().strip());
				} else if (((EReference) feature).isContainment()) {
					EClass type = type((EReference) feature, d.type());
					if (type == null) {
						unknown.add(d.name());
						continue;
					}
					EObject child = EcoreUtil.create(type);
					unknown.addAll(apply(child, d.children(), references));
					value = child;
				} else {
					references.add(new Reference(element, (EReference) feature, d.text() == null ? "" : d.text().strip()));
					continue;
				}
				if (feature.isMany()) {
					((EList<Object>) element.eGet(feature)).add(value);
				} else {
					element.eSet(feature, value);
				}
			} catch (RuntimeException e) {
				unknown.add(d.name() + " \u201c" + d.text() + "\u201d");
			}
		}
		return unknown;
	}

	private static EClass type(EReference feature, String name) {
		EClass declared = feature.getEReferenceType();
		if (name == null) {
			return declared.isAbstract() ? null : declared;
		}
		EClassifier found = declared.getEPackage().getEClassifier(name);
		return found instanceof EClass c && declared.isSuperTypeOf(c) && !c.isAbstract() ? c : null;
	}
}
