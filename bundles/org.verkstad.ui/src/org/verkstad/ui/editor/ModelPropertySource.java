package org.verkstad.ui.editor;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.ui.UiMessages;

/**
 * An element of a model in the Properties view: its fields, named as a person calls them, from its
 * metamodel (so any notation's elements get theirs without code). A change is made through the
 * editor holding the model: it becomes a change of the model's text, undoable there. Ids, links and
 * the fields of a model whose text has mistakes are only shown.
 */
final class ModelPropertySource implements IPropertySource {

	/** Several values of a field are shown and typed one after the other with this between. */
	private static final String SEPARATOR = "; ";

	private final EObject element;
	private final ModelEditor editor;

	private ModelPropertySource(EObject element, ModelEditor editor) {
		this.element = element;
		this.editor = editor;
	}

	/** Gives the Properties view a source for a model element shown by an open model editor. */
	public static final class Factory implements IAdapterFactory {
		@Override
		public <T> T getAdapter(Object adaptable, Class<T> type) {
			if (type == IPropertySource.class && adaptable instanceof EObject object) {
				return type.cast(new ModelPropertySource(object, TypedModel.holding(object)));
			}
			return null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { IPropertySource.class };
		}
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		Locale locale = Languages.current();
		boolean editable = editor != null && editor.canChange(element);
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			String label = Labels.feature(feature, locale);
			PropertyDescriptor descriptor;
			if (!editable || feature instanceof EReference || "id".equals(feature.getName())) {
				descriptor = new PropertyDescriptor(feature, label);
			} else if (feature.getEType() instanceof EEnum eEnum && !feature.isMany()) {
				descriptor = new ComboBoxPropertyDescriptor(feature, label, choices(eEnum, locale));
			} else {
				TextPropertyDescriptor text = new TextPropertyDescriptor(feature, label);
				text.setValidator(value -> problem(feature, String.valueOf(value)));
				descriptor = text;
			}
			descriptor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return show(feature, element.eGet(feature), locale);
				}
			});
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	private static String[] choices(EEnum eEnum, Locale locale) {
		List<String> choices = new ArrayList<>();
		choices.add("");
		eEnum.getELiterals().forEach(literal -> choices.add(Labels.literal(literal, locale)));
		return choices.toArray(String[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = element.eGet(feature);
		if (feature.getEType() instanceof EEnum eEnum && !feature.isMany()) {
			if (!element.eIsSet(feature) || !(value instanceof Enumerator enumerator)) {
				return 0;
			}
			EEnumLiteral literal = eEnum.getEEnumLiteral(enumerator.getValue());
			return eEnum.getELiterals().indexOf(literal) + 1;
		}
		if (feature instanceof EAttribute) {
			return show(feature, value, Languages.current());
		}
		return value;
	}

	/** Why a typed value cannot be a field's, or null when it can. */
	private String problem(EStructuralFeature feature, String typed) {
		try {
			parse(feature, typed);
			return null;
		} catch (RuntimeException e) {
			return UiMessages.text("properties.invalid", typed, Labels.feature(feature, Languages.current()));
		}
	}

	private static Object parse(EStructuralFeature feature, String typed) {
		EDataType type = (EDataType) feature.getEType();
		if (feature.isMany()) {
			return Arrays.stream(typed.split(";")).map(String::strip).filter(s -> !s.isEmpty())
					.map(s -> EcoreUtil.createFromString(type, s)).toList();
		}
		if (typed.isBlank()) {
			return null;
		}
		Object value = EcoreUtil.createFromString(type, typed.strip());
		if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
			throw new IllegalArgumentException(typed);
		}
		return value;
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EStructuralFeature feature = (EStructuralFeature) id;
		if (editor == null || !editor.canChange(element)) {
			return;
		}
		Object newValue;
		if (feature.getEType() instanceof EEnum eEnum && !feature.isMany()) {
			int index = value instanceof Integer i ? i : 0;
			newValue = index <= 0 ? null : eEnum.getELiterals().get(index - 1).getInstance();
		} else {
			String typed = String.valueOf(value);
			if (problem(feature, typed) != null) {
				return;
			}
			newValue = parse(feature, typed);
		}
		editor.change(element, feature, newValue);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return element.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		if (editor != null && editor.canChange(element)) {
			editor.change(element, (EStructuralFeature) id, null);
		}
	}

	/** A field's value as a person reads it. */
	static String show(EStructuralFeature feature, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (feature.isMany() && value instanceof List<?> values) {
			return values.stream().map(v -> one(feature, v, locale)).collect(Collectors.joining(SEPARATOR));
		}
		return one(feature, value, locale);
	}

	private static String one(EStructuralFeature feature, Object value, Locale locale) {
		if (value instanceof Date date) {
			return new SimpleDateFormat("yyyy-MM-dd").format(date);
		}
		if (value instanceof EObject object) {
			return Labels.of(object, locale);
		}
		if (feature.getEType() instanceof EEnum eEnum && value instanceof Enumerator enumerator) {
			return Labels.literal(eEnum.getEEnumLiteral(enumerator.getValue()), locale);
		}
		if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString(number.longValue());
		}
		if (feature.getEType() instanceof EDataType type && !(value instanceof String)) {
			return EcoreUtil.convertToString(type, value);
		}
		return String.valueOf(value);
	}
}
