package org.verkstad.dsl.serializer;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.sequencer.HiddenTokenSequencer;

/**
 * Where a change by a program adds a part to an element ({@code put-in-box-2} after a note's name, a
 * step after the last of a lane), the space before it is the formatter's, not the line break that
 * followed the element's last part in the text: a new attribute stays on its element's line, and that
 * line break stays before what came next ({@code }}). Comments are kept where they were.
 */
public class NewTokenSpacing extends HiddenTokenSequencer {

	@Override
	protected List<INode> getHiddenNodesBetween(INode from, INode to) {
		List<INode> hidden = super.getHiddenNodesBetween(from, to);
		if (to == null && from != null && hidden != null && hidden.stream().allMatch(tokenUtil::isWhitespaceNode)) {
			return null;
		}
		return hidden;
	}
}
