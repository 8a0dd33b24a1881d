package org.verkstad.journey.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Phase;
import org.verkstad.journey.Touchpoint;

/**
 * The computed figures of a citizen journey: the <b>emotion curve</b> (one value per phase, in order;
 * null where a phase has no emotion), the <b>moment of truth</b> (the first phase with the lowest emotion;
 * null when no phase has one), the number of elements of each kind, and the touchpoints per channel.
 */
public record JourneyAnalysis(List<Integer> emotionCurve, Phase momentOfTruth, int actions, int touchpoints,
		int painPoints, int gainPoints, int idealSolutions, Map<ChannelKind, Integer> touchpointsPerChannel) {

	public static JourneyAnalysis of(JourneyModel journey) {
		List<Integer> curve = new ArrayList<>();
		Phase lowest = null;
		int actions = 0, touchpoints = 0, pain = 0, gain = 0, solutions = 0;
		Map<ChannelKind, Integer> channels = new EnumMap<>(ChannelKind.class);
		for (Phase phase : journey.getPhases()) {
			Integer emotion = phase.getEmotion();
			curve.add(emotion);
			if (emotion != null && (lowest == null || emotion < lowest.getEmotion())) {
				lowest = phase;
			}
			actions += phase.getActions().size();
			touchpoints += phase.getTouchpoints().size();
			pain += phase.getPainPoints().size();
			gain += phase.getGainPoints().size();
			solutions += phase.getIdealSolutions().size();
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				channels.merge(touchpoint.getChannel(), 1, Integer::sum);
			}
		}
		return new JourneyAnalysis(Collections.unmodifiableList(curve), lowest, actions, touchpoints, pain, gain,
				solutions, Collections.unmodifiableMap(channels));
	}
}
