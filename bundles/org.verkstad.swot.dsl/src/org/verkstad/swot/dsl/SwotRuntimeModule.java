package org.verkstad.swot.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.verkstad.swot.dsl.formatting2.SwotFormatter;

/** What is the SWOT's own in its text format: its layout. */
public class SwotRuntimeModule extends AbstractSwotRuntimeModule {

	public Class<? extends IFormatter2> bindIFormatter2() {
		return SwotFormatter.class;
	}
}
