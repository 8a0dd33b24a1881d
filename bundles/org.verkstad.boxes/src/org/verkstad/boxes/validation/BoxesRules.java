package org.verkstad.boxes.validation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.Box;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.BoxesPackage;
import org.verkstad.boxes.Prompt;
import org.verkstad.boxes.analysis.BoardAnalysis;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.ModelFix;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;

/** The checks of three-box boards. Each rule's issue code is its message key. */
public final class BoxesRules {

	public static final Messages MESSAGES = new Messages(BoxesRules.class, "org.verkstad.boxes.validation.messages",
			CoreRules.MESSAGES);

	/**
	 * A board has exactly one box of each kind. A missing kind is reported on the board
	 * ({@code boxes.board.missing.<kind>}), each extra box of a kind on that box ({@code boxes.box.duplicate.<kind>}).
	 */
	public static final Rule<BoardModel> ONE_BOX_PER_KIND = Rule.of(BoardModel.class, (board, report) -> {
		Map<BoxKind, Box> first = new EnumMap<>(BoxKind.class);
		for (Box box : board.getBoxes()) {
			if (first.putIfAbsent(box.getKind(), box) != null) {
				report.error(box, "boxes.box.duplicate." + box.getKind().getLiteral());
			}
		}
		for (BoxKind kind : BoxKind.values()) {
			if (!first.containsKey(kind)) {
				report.error(board, "boxes.board.missing." + kind.getLiteral());
			}
		}
	});

	/** A note answers the question of the box it is in: {@code boxes.item.prompt.<prompt>}. */
	public static final Rule<BoxItem> PROMPT_FITS_BOX = Rule.of(BoxItem.class, (item, report) -> {
		Box box = BoardAnalysis.boxOf(item);
		if (box != null && item.isSetPrompt() && BoardAnalysis.boxFor(item.getPrompt()) != box.getKind()) {
			report.error(item, "boxes.item.prompt." + item.getPrompt().getLiteral(), item,
					BoardAnalysis.number(box.getKind()));
		}
	});

	/**
	 * A note in box 2 or 3 says which of the box's questions it answers: the diagram shows a box's notes
	 * under their questions, so one that answers none would not be shown. (Box 1 asks one question only.)
	 */
	public static final Rule<BoxItem> PROMPT_ANSWERED = Rule.of(BoxItem.class, (item, report) -> {
		Box box = BoardAnalysis.boxOf(item);
		if (box != null && box.getKind() != BoxKind.PRESENT && !item.isSetPrompt()) {
			report.warning(item, "boxes.item.prompt.missing", item, BoardAnalysis.number(box.getKind()));
		}
	});

	/** A note that stops an activity is in box 2; a note that realises a solution is in box 3. */
	public static final Rule<BoxItem> LINK_FITS_BOX = Rule.of(BoxItem.class, (item, report) -> {
		Box box = BoardAnalysis.boxOf(item);
		if (box == null) {
			return;
		}
		if (box.getKind() != BoxKind.FORGET && has(item, LinkKind.STOPS)) {
			report.error(item, "boxes.item.stops.box", item, BoardAnalysis.number(box.getKind()));
		}
		if (box.getKind() != BoxKind.FUTURE && has(item, LinkKind.REALISES)) {
			report.error(item, "boxes.item.realises.box", item, BoardAnalysis.number(box.getKind()));
		}
	});

	/** A note in box 2 names what it stops. */
	public static final Rule<BoxItem> FORGET_STOPS = Rule.of(BoxItem.class, (item, report) -> {
		Box box = BoardAnalysis.boxOf(item);
		if (box != null && box.getKind() == BoxKind.FORGET && !has(item, LinkKind.STOPS)) {
			report.hint(item, "boxes.item.stops.missing", item);
		}
	});

	public static final RuleSet RULES = fixes(RuleSet.of(MESSAGES, ONE_BOX_PER_KIND, PROMPT_FITS_BOX, PROMPT_ANSWERED,
			LINK_FITS_BOX, FORGET_STOPS, CoreRules.named(BoxItem.class)));

	/** A note without its box's question, or with another box's: each question of its box; box 2's without it. */
	private static RuleSet fixes(RuleSet rules) {
		RuleSet fixing = rules.fixing("boxes.item.prompt.missing", BoxesRules::askedInItsBox)
				.fixing("boxes.item.stops.missing", Fixes.linkToStep(LinkKind.STOPS, "fix.link.stops"));
		for (Prompt prompt : Prompt.values()) {
			fixing = fixing.fixing("boxes.item.prompt." + prompt.getLiteral(), BoxesRules::askedInItsBox);
		}
		return fixing;
	}

	private static List<Fix> askedInItsBox(Finding finding) {
		if (!(finding.element() instanceof BoxItem item) || BoardAnalysis.boxOf(item) == null) {
			return List.of();
		}
		BoxKind kind = BoardAnalysis.boxOf(item).getKind();
		List<Prompt> asked = Arrays.stream(Prompt.values()).filter(prompt -> BoardAnalysis.boxFor(prompt) == kind).toList();
		return asked.stream().<Fix>map(prompt -> new ModelFix(asked.size() == 1 && !item.isSetPrompt(), item,
				() -> item.setPrompt(prompt), MESSAGES, "fix.prompt", BoxesPackage.Literals.PROMPT.getEEnumLiteral(prompt.getValue())))
				.toList();
	}

	private BoxesRules() {
	}

	private static boolean has(BoxItem item, LinkKind kind) {
		for (Link link : item.getLinks()) {
			if (link.getKind() == kind) {
				return true;
			}
		}
		return false;
	}
}
