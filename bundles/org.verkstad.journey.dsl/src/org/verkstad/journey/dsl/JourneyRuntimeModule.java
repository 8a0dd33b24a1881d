package org.verkstad.journey.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.verkstad.journey.dsl.formatting2.JourneyFormatter;

/** What is the citizen journey's own in its text format: its layout. */
public class JourneyRuntimeModule extends AbstractJourneyRuntimeModule {

	public Class<? extends IFormatter2> bindIFormatter2() {
		return JourneyFormatter.class;
	}
}
