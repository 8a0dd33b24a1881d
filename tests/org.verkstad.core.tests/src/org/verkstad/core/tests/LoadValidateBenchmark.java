package org.verkstad.core.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Generated;

/**
 * Benchmark, not a test (run by {@code bench/run.sh}, never by {@code ./mvnw verify}): loads and
 * validates a generated process map of 5,000 elements from XMI and prints the time and the heap used.
 * Target: under 1 s and under 200 MB.
 */
class LoadValidateBenchmark {

	static final int ELEMENTS = 5_000;

	@Test
	void loadAndValidate() throws Exception {
		Path file = Files.createTempFile("bench-5000-", ".xmi");
		ProcessModel generated = Generated.process(ELEMENTS);
		int count = Generated.count(generated);
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
