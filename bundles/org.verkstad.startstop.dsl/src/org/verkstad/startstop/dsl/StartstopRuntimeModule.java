package org.verkstad.startstop.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.verkstad.startstop.dsl.formatting2.StartstopFormatter;

/** What is the continue / start / stop list's own in its text format: its layout. */
public class StartstopRuntimeModule extends AbstractStartstopRuntimeModule {

	public Class<? extends IFormatter2> bindIFormatter2() {
		return StartstopFormatter.class;
	}
}
