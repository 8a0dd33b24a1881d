package org.verkstad.diagram.server.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Process maps as course participants write them, made from a seed: a main path through two to five
 * lanes with decisions that branch into parallel paths and join again, checks that loop back a few
 * steps ("Nej" back to the step before), long loops back to an early step, and one or two ends. The
 * texts are taken from the course's building-permit material, so they have its long Swedish words.
 */
final class GeneratedMaps {

	private static final String[] LANES = { "Medborgare (sökande)", "Kundtjänst och registratur", "Bygglovshandläggare",
			"Byggnadsnämnden", "Nämndsekretariatet" };

	private static final String[] STEPS = { "Fyller i ansökan och bifogar ritningar", "Tar emot post, stämplar och skannar",
			"Registrerar ärendet i ärendehanteringssystemet", "Kontrollerar om ansökan är komplett",
			"Begär komplettering", "Granskar ansökan mot detaljplanen", "Hör grannar", "Skriver tjänsteskrivelse",
			"Fattar beslut på delegation", "Skriver ut beslutet och skickar det med post", "Arkiverar akten",
			"Kungör beslutet i Post- och Inrikes Tidningar", "Bokar tekniskt samråd", "Utfärdar startbesked",
			"Besiktigar", "Fakturerar avgiften", "Skickar överklagandehänvisning", "Svarar på frågor i telefon" };

	private static final String[] QUESTIONS = { "Är ansökan komplett?", "Kan beslut fattas på delegation?",
			"Kompletterar sökanden inom tidsfristen?", "Behövs grannehörande?", "Hur kom ansökan in?" };

	private static final String[][] CONDITIONS = { { "Ja", "Nej" }, { "Komplett", "Ofullständig" },
			{ "Ja, delegationsbeslut", "Nej, nämndärende" }, { "Via e-tjänsten", "Pappersblankett med post" } };

	private GeneratedMaps() {
	}

	/** The text of a generated map of about {@code steps} steps in {@code lanes} lanes. */
	static String process(long seed, int steps, int lanes) {
		Random random = new Random(seed);
		List<List<String>> laneNodes = new ArrayList<>();
		for (int i = 0; i < lanes; i++) {
			laneNodes.add(new ArrayList<>());
		}
		List<String> flows = new ArrayList<>();
		List<String> path = new ArrayList<>();
		int[] count = { 0 };
		int lane = 0;
		laneNodes.get(0).add("start s0 \"Behov av bygglov\"");
		String previous = "s0";
		path.add("s0");
		while (count[0] < steps) {
			lane = random.nextInt(3) == 0 ? random.nextInt(lanes) : lane;
			double kind = random.nextDouble();
			if (kind < 0.18 && count[0] > 2) {
				// a decision with two parallel branches that join again
				String decision = "d" + count[0]++;
				laneNodes.get(lane).add("decision " + decision + " \"" + pick(random, QUESTIONS) + "\"");
				flows.add(flow(flows, previous, decision, null));
				String[] conditions = CONDITIONS[random.nextInt(CONDITIONS.length)];
				String join = "a" + count[0]++;
				List<String> ends = new ArrayList<>();
				for (int branch = 0; branch < 2; branch++) {
					String from = decision;
					int length = 1 + random.nextInt(3);
					int branchLane = random.nextInt(2) == 0 ? lane : random.nextInt(lanes);
					for (int i = 0; i < length; i++) {
						String step = "a" + count[0]++;
						laneNodes.get(branchLane).add(activity(random, step));
						flows.add(flow(flows, from, step, from.equals(decision) ? conditions[branch] : null));
						from = step;
					}
					ends.add(from);
				}
				laneNodes.get(lane).add(activity(random, join));
				for (String end : ends) {
					flows.add(flow(flows, end, join, null));
				}
				path.add(decision);
				path.add(join);
				previous = join;
			} else if (kind < 0.32 && path.size() > 3) {
				// a check that loops back: a short loop to the step before, or a long one to an early step
				String decision = "d" + count[0]++;
				laneNodes.get(lane).add("decision " + decision + " \"" + pick(random, QUESTIONS) + "\"");
				flows.add(flow(flows, previous, decision, null));
				boolean far = random.nextInt(3) == 0;
				int back = far ? random.nextInt(Math.max(1, path.size() - 1)) : Math.max(1, path.size() - 1 - random.nextInt(3));
				String target = path.get(Math.max(1, back));
				String[] conditions = CONDITIONS[random.nextInt(2)];
				flows.add(flow(flows, decision, target, conditions[1]));
				String next = "a" + count[0]++;
				laneNodes.get(lane).add(activity(random, next));
				flows.add(flow(flows, decision, next, conditions[0]));
				path.add(decision);
				path.add(next);
				previous = next;
			} else {
				String step = "a" + count[0]++;
				laneNodes.get(lane).add(activity(random, step));
				flows.add(flow(flows, previous, step, null));
				path.add(step);
				previous = step;
			}
		}
		laneNodes.get(lane).add("end e1 \"Beslut meddelat\"");
		flows.add(flow(flows, previous, "e1", null));
		if (random.nextBoolean() && path.size() > 4) {
			// a second end, reached from a step in the middle
			laneNodes.get(lanes - 1).add("end e2 \"Ärendet avskrivet\"");
			flows.add(flow(flows, path.get(path.size() / 2), "e2", null));
		}

		StringBuilder text = new StringBuilder("process generated" + seed + " \"Genererad karta " + seed + "\" {\n");
		for (int i = 0; i < lanes; i++) {
			text.append("\tlane l").append(i).append(" \"").append(LANES[i]).append("\" {\n");
			for (String node : laneNodes.get(i)) {
				text.append("\t\t").append(node).append('\n');
			}
			text.append("\t}\n");
		}
		flows.forEach(flow -> text.append('\t').append(flow).append('\n'));
		return text.append("}\n").toString();
	}

	private static String activity(Random random, String id) {
		return "activity " + id + " \"" + pick(random, STEPS) + "\" {\n\t\t\ttime " + (5 + random.nextInt(60)) + " min\n\t\t\tcost "
				+ (50 + random.nextInt(900)) + "\n\t\t}";
	}

	private static String flow(List<String> flows, String from, String to, String condition) {
		return "flow f" + (flows.size() + 1) + " " + from + " -> " + to + (condition == null ? "" : " when \"" + condition + "\"");
	}

	private static String pick(Random random, String[] texts) {
		return texts[random.nextInt(texts.length)];
	}
}
