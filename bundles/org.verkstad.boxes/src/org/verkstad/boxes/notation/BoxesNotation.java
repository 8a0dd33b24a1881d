package org.verkstad.boxes.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;
import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.BoxesPackage;
import org.verkstad.boxes.Prompt;
import org.verkstad.boxes.analysis.BoardAnalysis;
import org.verkstad.boxes.validation.BoxesRules;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.RuleSet;

/** Three-box boards (Govindarajan's Three Box Solution). */
public final class BoxesNotation implements Notation {

	@Override
	public String id() {
		return "boxes";
	}

	@Override
	public EPackage ePackage() {
		return BoxesPackage.eINSTANCE;
	}

	@Override
	public int order() {
		return 4;
	}

	@Override
	public RuleSet rules() {
		return BoxesRules.RULES;
	}

	@Override
	public List<Fact> summarize(Model model, Locale locale) {
		BoardModel board = (BoardModel) model;
		BoardAnalysis analysis = BoardAnalysis.of(board);
		Messages m = messages();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(m.get(locale, "fact.group"),
				CoreRules.isBlank(board.getGroup()) ? m.get(locale, "fact.missing") : board.getGroup()));
		facts.add(new Fact(m.get(locale, "fact.items"), Format.number(analysis.items(), locale)));
		for (BoxKind kind : BoxKind.values()) {
			facts.add(new Fact(m.get(locale, "fact.box." + kind.getLiteral()),
					Format.number(analysis.itemsPerBox().get(kind), locale)));
		}
		for (Prompt prompt : Prompt.values()) {
			facts.add(new Fact(m.get(locale, "fact.prompt." + prompt.getLiteral()),
					Format.number(analysis.itemsPerPrompt().get(prompt), locale)));
		}
		facts.add(new Fact(m.get(locale, "fact.participants"), analysis.participants().isEmpty()
				? m.get(locale, "fact.none") : String.join(", ", analysis.participants())));
		return List.copyOf(facts);
	}
}
