package org.verkstad.swot.tests;

import java.util.List;

import org.verkstad.core.CoreFactory;
import org.verkstad.core.Metadata;
import org.verkstad.swot.SwotFactory;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.TowsKind;
import org.verkstad.swot.TowsStrategy;

/** Small SWOT analyses for tests, built the way the editors will build them. */
final class SwotBuilder {

	static final SwotFactory F = SwotFactory.eINSTANCE;

	final SwotModel swot = F.createSwotModel();

	SwotBuilder(String name, String subject) {
		swot.setName(name);
		swot.setSubject(subject);
	}

	SwotBuilder author(String author) {
		Metadata metadata = CoreFactory.eINSTANCE.createMetadata();
		metadata.setAuthor(author);
		swot.setMetadata(metadata);
		return this;
	}

	SwotItem strength(String name) {
		return add(swot.getStrengths(), name);
	}

	SwotItem weakness(String name) {
		return add(swot.getWeaknesses(), name);
	}

	SwotItem opportunity(String name) {
		return add(swot.getOpportunities(), name);
	}

	SwotItem threat(String name) {
		return add(swot.getThreats(), name);
	}

	TowsStrategy strategy(String name, TowsKind kind, List<SwotItem> internal, List<SwotItem> external) {
		TowsStrategy strategy = F.createTowsStrategy();
		strategy.setName(name);
		strategy.setKind(kind);
		strategy.getInternal().addAll(internal);
		strategy.getExternal().addAll(external);
		swot.getStrategies().add(strategy);
		return strategy;
	}

	private static SwotItem add(List<SwotItem> quadrant, String name) {
		SwotItem item = F.createSwotItem();
		item.setName(name);
		quadrant.add(item);
		return item;
	}
}
