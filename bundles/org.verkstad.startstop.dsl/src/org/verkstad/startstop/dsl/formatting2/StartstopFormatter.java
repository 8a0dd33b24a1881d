package org.verkstad.startstop.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.verkstad.dsl.formatting2.VerkstadFormatter;

/** The continue / start / stop list's details on lines of their own: nothing beyond the shared details. */
public class StartstopFormatter extends VerkstadFormatter {

	public StartstopFormatter() {
		super(Set.of(), List.of());
	}
}
