package org.verkstad.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A model file that may have been read only in part: after a mistake in its text, what follows the
 * mistake may be missing or incomplete, so checks of the whole (paths, start and end, links, a
 * template's locks) would report what was never read. The text reader's resources are this.
 */
public interface PartlyRead {

	/**
	 * The mistakes that kept the text from being read whole (what the reader could not understand: a
	 * word out of place, an unknown unit), in the order of the file; empty when all of it was read.
	 * Names that could not be followed are not among them.
	 */
	List<Resource.Diagnostic> readMistakes();

	/** The fixes the reader knows for one of its mistakes (an unknown unit: the unit meant); none by default. */
	default List<Fix> fixes(Resource.Diagnostic mistake) {
		return List.of();
	}
}
