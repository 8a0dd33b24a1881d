package org.verkstad.core.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.ValueClass;

/**
 * Benchmark, not a test (run by {@code bench/load-validate.sh}, never by {@code ./mvnw verify}): loads and
 * validates a generated process map of 5,000 elements from XMI and prints the time and the heap used.
 * Target: under 1 s and under 200 MB.
 */
class LoadValidateBenchmark {

	static final int ELEMENTS = 5_000;

	@Test
	void loadAndValidate() throws Exception {
		Path file = Files.createTempFile("bench-5000-", ".xmi");
		ProcessModel generated = generate();
		int count = count(generated);
		ModelIO.save(generated, file);
		generated = null;

		int warmups = 5, runs = 15;
		long[] nanos = new long[runs];
		long peakHeap = 0;
		int findings = 0;
		for (int i = -warmups; i < runs; i++) {
			System.gc();
			resetPeaks();
			long before = usedHeap();
			long start = System.nanoTime();
			Model model = ModelIO.load(file);
			List<Finding> result = Validation.validate(model.eResource());
			long elapsed = System.nanoTime() - start;
			long peak = peakHeap() - before;
			if (i >= 0) {
				nanos[i] = elapsed;
				peakHeap = Math.max(peakHeap, peak);
				findings = result.size();
			}
		}
		Arrays.sort(nanos);
		System.out.printf("BENCHMARK load+validate %d-element process map (%d KB XMI): median %.0f ms, min %.0f ms, "
				+ "max %.0f ms over %d runs; heap used by one load+validate at most %.1f MB; %d findings%n", count,
				Files.size(file) / 1024, nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs,
				peakHeap / 1024.0 / 1024.0, findings);
		Files.delete(file);
	}

	/** Five lanes, a chain of activities with a decision every tenth step looping back, problems on some. */
	static ProcessModel generate() {
		ProcessFactory f = ProcessFactory.eINSTANCE;
		ProcessModel process = f.createProcessModel();
		process.setName("Genererad process");
		Lane[] lanes = new Lane[5];
		for (int i = 0; i < lanes.length; i++) {
			lanes[i] = f.createLane();
			lanes[i].setName("Roll " + (i + 1));
			process.getLanes().add(lanes[i]);
		}
		FlowNode previous = f.createStartEvent();
		previous.setName("Start");
		lanes[0].getNodes().add(previous);
		Activity lastActivity = null;
		int step = 0;
		while (count(process) < ELEMENTS - 3) {
			step++;
			Lane lane = lanes[step % lanes.length];
			FlowNode next;
			if (step % 10 == 0 && lastActivity != null) {
				Decision decision = f.createDecision();
				decision.setName("Komplett " + step + "?");
				next = decision;
			} else {
				Activity activity = f.createActivity();
				activity.setName("Aktivitet " + step + " – åtgärd");
				activity.setProcessingTime(5.0 + step % 7);
				activity.setWaitingTime((double) (step % 3) * 60);
				activity.setCost(100.0 + step % 11);
				activity.setFrequency(1200.0);
				activity.setValueClass(ValueClass.get(1 + step % 3));
				activity.getSystems().add("Ärendehanteringssystem");
				if (step % 5 == 0) {
					org.verkstad.process.Problem problem = f.createProblem();
					problem.setName("Väntan på komplettering");
					activity.getProblems().add(problem);
				}
				next = activity;
			}
			lane.getNodes().add(next);
			SequenceFlow flow = f.createSequenceFlow();
			flow.setSource(previous);
			flow.setTarget(next);
			if (previous instanceof Decision) {
				flow.setCondition("Ja");
				SequenceFlow back = f.createSequenceFlow();
				back.setSource(previous);
				back.setTarget(lastActivity);
				back.setCondition("Nej");
				process.getFlows().add(back);
			}
			process.getFlows().add(flow);
			if (next instanceof Activity a) {
				lastActivity = a;
			}
			previous = next;
		}
		FlowNode end = f.createEndEvent();
		end.setName("Klart");
		lanes[0].getNodes().add(end);
		SequenceFlow last = f.createSequenceFlow();
		last.setSource(previous);
		last.setTarget(end);
		if (previous instanceof Decision) {
			last.setCondition("Ja");
		}
		process.getFlows().add(last);
		return process;
	}

	static int count(EObject root) {
		int[] n = { 1 };
		root.eAllContents().forEachRemaining(o -> n[0]++);
		return n[0];
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
