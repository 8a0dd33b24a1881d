package org.verkstad.boxes.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.verkstad.boxes.dsl.formatting2.BoxesFormatter;

/** What is the three boxes's own in its text format: its layout. */
public class BoxesRuntimeModule extends AbstractBoxesRuntimeModule {

	public Class<? extends IFormatter2> bindIFormatter2() {
		return BoxesFormatter.class;
	}
}
