package io.github.reportmeta.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static final FormatRegistry FORMATS = FormatRegistry.load();
    private static final ReportFormat JSONL = FORMATS.expect("jsonl");
    private static final int REPORTS = 10 * ReadAhead.BATCH + 7;

    /** A JSON Lines input of {@link #REPORTS} synthetic reports. */
    private static Input input() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWriter writer = JSONL.newWriter(bytes, WriteOptions.DEFAULT);
        for (Iterator<io.github.reportmeta.Report> it = SyntheticReports.withSeed(7).reports(REPORTS); it.hasNext(); ) {
            writer.write(it.next());
        }
        writer.close();
        return new Input("reports.jsonl", JSONL, new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The work's results of every report, as the consumer meets them. */
    private static <R> List<R> results(Function<ReadAhead.Read<R>, R> work, int workers) {
        List<R> results = new ArrayList<>();
        try (ReadAhead<R> ahead = ReadAhead.start(List.of("reports.jsonl"), argument -> input(),
                in -> ReadOptions.of(in.name()), failure -> false, work, workers)) {
            for (ReadAhead.Event event = ahead.next(); event != null; event = ahead.next()) {
                if (event instanceof ReadAhead.Read<?> read) {
                    @SuppressWarnings("unchecked") // the work above made it
                    R result = (R) read.result();
                    results.add(result);
                }
            }
        }
        return results;
    }

    @Nested
    class TheConsumerHelps {

        @Test
        void doesTheWorkOfLaterBatchesWhileTheWorkerIsStillOnTheOneItNeeds() {
            AtomicReference<String> consumer = new AtomicReference<>();
            CountDownLatch consumerWorked = new CountDownLatch(1);
            Set<String> threads = ConcurrentHashMap.newKeySet();

            List<Integer> results = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
                consumer.set(Thread.currentThread().getName());
                return results(read -> work(read, consumer.get(), consumerWorked, threads), 1);
            });

            assertThat(consumerWorked.getCount()).as("the consumer did work while the worker was held").isZero();
            assertThat(threads).contains(consumer.get());
            assertThat(results).hasSize(REPORTS).isSorted().doesNotHaveDuplicates();
        }

        /** Notes the thread; on a worker, holds the first report until the consumer has worked on one. */
        private int work(ReadAhead.Read<Integer> read, String consumer, CountDownLatch consumerWorked, Set<String> threads) {
            threads.add(Thread.currentThread().getName());
            if (Thread.currentThread().getName().equals(consumer)) {
                consumerWorked.countDown();
            } else if (read.index() == 0) {
                // the worker holds the first batch until the consumer has worked on another one
                try {
                    consumerWorked.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return read.index();
        }

        @Test
        void leavesEveryReportWorkedOnceAndInInputOrderWhoeverDidIt() {
            AtomicInteger calls = new AtomicInteger();

            List<String> results = results(read -> {
                calls.incrementAndGet();
                return read.index() + " " + read.report().id();
            }, 2);

            assertThat(calls).hasValue(REPORTS);
            List<String> expected = new ArrayList<>();
            Iterator<io.github.reportmeta.Report> it = SyntheticReports.withSeed(7).reports(REPORTS);
            for (int i = 0; it.hasNext(); i++) {
                expected.add(i + " " + it.next().id());
            }
            assertThat(results).containsExactlyElementsOf(expected);
        }

        @Test
        void throwsAFailureOfTheWorkWhereTheReportIsMetWhoeverDidIt() {
            List<Object> met = new ArrayList<>();
            try (ReadAhead<Integer> ahead = ReadAhead.start(List.of("reports.jsonl"), argument -> input(),
                    in -> ReadOptions.of(in.name()), failure -> false, read -> {
                        if (read.index() % 3 == 1) {
                            throw new IllegalArgumentException("report " + read.index());
                        }
                        return read.index();
                    }, 1)) {
                for (ReadAhead.Event event = ahead.next(); event != null; event = ahead.next()) {
                    if (event instanceof ReadAhead.Read<?> read) {
                        try {
                            met.add(read.result());
                        } catch (IllegalArgumentException e) {
                            met.add(e.getMessage());
                        }
                    }
                }
            }

            assertThat(met).hasSize(REPORTS);
            for (int i = 0; i < REPORTS; i++) {
                assertThat(met.get(i)).isEqualTo(i % 3 == 1 ? "report " + i : (Object) i);
            }
        }
    }
}
