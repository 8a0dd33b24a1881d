package org.verkstad.dsl;

import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.IHiddenTokenSequencer;
import org.eclipse.xtext.serializer.tokens.IValueSerializer;
import org.eclipse.xtext.serializer.sequencer.ISemanticNodeProvider;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.verkstad.dsl.conversion.VerkstadValueConverters;
import org.verkstad.dsl.messages.VerkstadLinkingMessages;
import org.verkstad.dsl.messages.VerkstadSyntaxErrorMessages;
import org.verkstad.dsl.naming.VerkstadQualifiedNameProvider;
import org.verkstad.dsl.resource.VerkstadResource;
import org.verkstad.dsl.serializer.CanonicalOrder;
import org.verkstad.dsl.serializer.CanonicalSequencer;
import org.verkstad.dsl.serializer.CanonicalValues;
import org.verkstad.dsl.serializer.NewTokenSpacing;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * What every notation's text format shares, mixed over its generated runtime module by
 * {@link TextFormats#createInjector}: names from element ids, value conversions of the shared rules,
 * the resource that reads any encoding, messages in plain words, UTF-8. A notation's own module binds
 * only what is its own (its formatter, a lexer of its own).
 */
public class TextFormatModule extends AbstractGenericModule {

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return VerkstadValueConverters.class;
	}

	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return VerkstadQualifiedNameProvider.class;
	}

	public Class<? extends XtextResource> bindXtextResource() {
		return VerkstadResource.class;
	}

	/** {@code format} writes an element's parts in the grammar's order, other saves keep the text's. */
	public Class<? extends ISemanticNodeProvider> bindISemanticNodeProvider() {
		return CanonicalOrder.class;
	}

	/** {@code format} writes every value the one way (see {@link CanonicalValues}). */
	public Class<? extends IValueSerializer> bindIValueSerializer() {
		return CanonicalValues.class;
	}

	/** New parts and a formatted text in the order docs/text-format.md shows (see {@link CanonicalSequencer}). */
	public void configureGenericSequencer(Binder binder) {
		binder.bind(ISemanticSequencer.class).annotatedWith(GenericSequencer.class).to(CanonicalSequencer.class);
	}

	/** A part a program adds is spaced by the formatter (see {@link NewTokenSpacing}). */
	public Class<? extends IHiddenTokenSequencer> bindIHiddenTokenSequencer() {
		return NewTokenSpacing.class;
	}

	/** Mistakes in the text in plain words (Swedish or English). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return VerkstadSyntaxErrorMessages.class;
	}

	/** Names that refer to nothing, in plain words. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return VerkstadLinkingMessages.class;
	}

	/**
	 * No EMF default validator beside the notations' rules: its id check looks every element's id up by
	 * walking the whole file, which made checking a 50,000-element file take minutes (quadratic). What
	 * it would find is found by the rules (unique ids) and the linker (unresolved names).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class).to(FormatterPreferenceValuesProvider.class);
	}

	/** Model files are UTF-8 wherever they are read. */
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> StandardCharsets.UTF_8.name());
	}
}
