package org.verkstad.process.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.verkstad.dsl.formatting2.VerkstadFormatter;
import org.verkstad.process.ProcessPackage;

/** The process map's details on lines of their own: its times, costs, systems, documents and the value class. */
public class ProcessFormatter extends VerkstadFormatter {

	public ProcessFormatter() {
		super(Set.of("time", "wait", "cost", "frequency", "system", "document", "currency"),
				List.of(ProcessPackage.Literals.ACTIVITY__VALUE_CLASS));
	}
}
