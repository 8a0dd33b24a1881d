package org.verkstad.dsl;

import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.DispatchingProvider;
import org.verkstad.dsl.resource.VerkstadResource;

import com.google.inject.Binder;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.verkstad.dsl.conversion.VerkstadValueConverters;
import org.verkstad.dsl.messages.VerkstadLinkingMessages;
import org.verkstad.dsl.messages.VerkstadSyntaxErrorMessages;
import org.verkstad.dsl.naming.VerkstadQualifiedNameProvider;

/** The Verkstad text format's runtime services: names from element ids, value conversions. */
public class VerkstadRuntimeModule extends AbstractVerkstadRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return VerkstadValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return VerkstadQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return VerkstadResource.class;
	}

	/** Mistakes in the text in plain words (Swedish or English). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return VerkstadSyntaxErrorMessages.class;
	}

	/** Names that refer to nothing, in plain words. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return VerkstadLinkingMessages.class;
	}

	/** Model files are UTF-8 wherever they are read. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> StandardCharsets.UTF_8.name());
	}
}
