package org.verkstad.swot.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.verkstad.dsl.formatting2.VerkstadFormatter;

/** The SWOT's details on lines of their own: its subject, quadrants, priorities and a strategy's items. */
public class SwotFormatter extends VerkstadFormatter {

	public SwotFormatter() {
		super(Set.of("subject", "internal", "external", "strengths", "weaknesses", "opportunities", "threats"), List.of());
	}
}
