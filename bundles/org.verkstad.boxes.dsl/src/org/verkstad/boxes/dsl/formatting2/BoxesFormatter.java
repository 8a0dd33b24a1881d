package org.verkstad.boxes.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.verkstad.dsl.formatting2.VerkstadFormatter;

/** The three boxes's details on lines of their own: nothing beyond the shared details. */
public class BoxesFormatter extends VerkstadFormatter {

	public BoxesFormatter() {
		super(Set.of(), List.of());
	}
}
