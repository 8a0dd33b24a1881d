package org.verkstad.boxes.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.Box;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.Prompt;
import org.verkstad.core.validation.CoreRules;

/**
 * The figures of a three-box board: the notes per box and per workshop question, and who wrote them
 * (each participant once, in the order they first appear).
 */
public record BoardAnalysis(Map<BoxKind, Integer> itemsPerBox, Map<Prompt, Integer> itemsPerPrompt,
		List<String> participants, int items) {

	public static BoardAnalysis of(BoardModel board) {
		Map<BoxKind, Integer> perBox = new EnumMap<>(BoxKind.class);
		Map<Prompt, Integer> perPrompt = new EnumMap<>(Prompt.class);
		for (BoxKind kind : BoxKind.values()) {
			perBox.put(kind, 0);
		}
		for (Prompt prompt : Prompt.values()) {
			perPrompt.put(prompt, 0);
		}
		Set<String> participants = new LinkedHashSet<>();
		int items = 0;
		for (Box box : board.getBoxes()) {
			perBox.merge(box.getKind(), box.getItems().size(), Integer::sum);
			for (BoxItem item : box.getItems()) {
				items++;
				if (item.isSetPrompt()) {
					perPrompt.merge(item.getPrompt(), 1, Integer::sum);
				}
				if (!CoreRules.isBlank(item.getParticipant())) {
					participants.add(item.getParticipant().trim());
				}
			}
		}
		return new BoardAnalysis(Collections.unmodifiableMap(perBox), Collections.unmodifiableMap(perPrompt),
				List.copyOf(new ArrayList<>(participants)), items);
	}

	/**
	 * The box a workshop question belongs to: "Today in box 1?" to box 1 (present), "What do you want to put in
	 * box 2?" to box 2 (forget), "Today in box 3?" and "Tomorrow in box 3?" to box 3 (future).
	 */
	public static BoxKind boxFor(Prompt prompt) {
		switch (prompt) {
		case TODAY_IN_BOX1:
			return BoxKind.PRESENT;
		case PUT_IN_BOX2:
			return BoxKind.FORGET;
		default:
			return BoxKind.FUTURE;
		}
	}

	/** The number of a box as the course says it: 1 (present), 2 (forget), 3 (future). */
	public static int number(BoxKind kind) {
		return kind.ordinal() + 1;
	}

	/** The box an item is on, or null when it is not in a box. */
	public static Box boxOf(BoxItem item) {
		return item.eContainer() instanceof Box box ? box : null;
	}
}
