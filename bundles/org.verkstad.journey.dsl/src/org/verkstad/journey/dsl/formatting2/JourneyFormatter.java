package org.verkstad.journey.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.verkstad.dsl.formatting2.VerkstadFormatter;

/** The citizen journey's details on lines of their own: its life event, goal, roles, quotes, feelings and a solution's parts. */
public class JourneyFormatter extends VerkstadFormatter {

	public JourneyFormatter() {
		super(Set.of("life-event", "goal", "role", "quote", "emotion", "priority", "meets", "resource", "partner"), List.of());
	}
}
