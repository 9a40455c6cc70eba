package io.github.reportmeta.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ours and its baseline measured in the same JVM, alternating in short turns, so that both see the same machine
 * within a second of each other: the ratio measure of the protocol in {@code docs/performance.md}.
 *
 * <p>JMH runs ours and the baseline one after the other, tens of seconds apart; on a virtual machine whose host
 * changes speed over minutes (which neither the load average nor steal shows) that moved single ratios by up to
 * 60 % between rounds. Here the benchmark methods of one {@link Group} take turns of {@code turnMillis} each, in a
 * rotating order (AB, BA, ... or ABC, BCA, CAB, ...), after a collection that empties the heap of the previous
 * turn's garbage, so each side pays for its own collections only. A round is one turn of every side; the ratio of a
 * round is our rate over the baseline's rate in that round. {@code measure} runs one fork (one JVM) and prints a
 * line per side and measured round; {@code summarise} reads the forks' files and prints per goal the median of
 * each fork's ratios, the median of all rounds of all forks, and our bytes allocated per report.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC -Xms1g -Xmx1g -cp benchmarks.jar io.github.reportmeta.benchmarks.Paired
 * measure GROUP [warm-up rounds] [measured rounds] [turn ms] [first side] [only this side]} and {@code ... Paired summarise
 * FILE...}; {@code benchmarks/run-paired.sh} runs the protocol.
 */
public final class Paired {

    /** One benchmark method, by the name {@link Ratios.Goal} uses, and one call of it over the corpus. */
    record Side(String name, IntSupplier operation) {}

    /** The sides that share a JVM and take turns: a benchmark class's method and its baselines. */
    record Group(String name, List<String> methods) {

        /** Sets up the benchmark class once and binds each method to it. */
        List<Side> sides() {
            Blackhole sink = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            String type = methods.get(0).substring(0, methods.get(0).indexOf('.'));
            List<Side> sides = new ArrayList<>();
            switch (type) {
                case "JsonBenchmark" -> {
                    JsonBenchmark b = new JsonBenchmark();
                    b.setUp();
                    for (String m : methods) {
                        sides.add(new Side(m, switch (m) {
                            case "JsonBenchmark.readReportmeta" -> () -> b.readReportmeta(sink);
                            case "JsonBenchmark.readDatabind" -> () -> b.readDatabind().reports().size();
                            case "JsonBenchmark.readTokenScan" -> b::readTokenScan;
                            case "JsonBenchmark.writeReportmeta" -> b::writeReportmeta;
                            case "JsonBenchmark.writeReportmetaCompact" -> b::writeReportmetaCompact;
                            case "JsonBenchmark.writeDatabind" -> b::writeDatabind;
                            case "JsonBenchmark.writeDatabindPretty" -> b::writeDatabindPretty;
                            default -> throw unknown(m);
                        }));
                    }
                }
                case "XmlBenchmark" -> {
                    XmlBenchmark b = new XmlBenchmark();
                    b.setUp();
                    for (String m : methods) {
                        sides.add(new Side(m, switch (m) {
                            case "XmlBenchmark.readReportmeta" -> () -> b.readReportmeta(sink);
                            case "XmlBenchmark.readXmlMapper" -> () -> b.readXmlMapper().reports().size();
                            case "XmlBenchmark.readTokenScan" -> () -> {
                                try {
                                    return b.readTokenScan();
                                } catch (javax.xml.stream.XMLStreamException e) {
                                    throw new IllegalStateException(e);
                                }
                            };
                            case "XmlBenchmark.writeReportmeta" -> b::writeReportmeta;
                            case "XmlBenchmark.writeXmlMapper" -> b::writeXmlMapper;
                            default -> throw unknown(m);
                        }));
                    }
                }
                case "OaiDcBenchmark" -> {
                    OaiDcBenchmark b = new OaiDcBenchmark();
                    b.setUp();
                    for (String m : methods) {
                        sides.add(new Side(m, switch (m) {
                            case "OaiDcBenchmark.writeReportmeta" -> b::writeReportmeta;
                            case "OaiDcBenchmark.writeXmlMapper" -> b::writeXmlMapper;
                            default -> throw unknown(m);
                        }));
                    }
                }
                case "ValidationBenchmark" -> {
                    ValidationBenchmark b = new ValidationBenchmark();
                    b.setUp();
                    for (String m : methods) {
                        sides.add(new Side(m, switch (m) {
                            case "ValidationBenchmark.reportmeta" -> () -> b.reportmeta(sink);
                            case "ValidationBenchmark.hibernateValidator" -> () -> b.hibernateValidator(sink);
                            case "ValidationBenchmark.reportmetaInvalid" -> () -> b.reportmetaInvalid(sink);
                            case "ValidationBenchmark.hibernateValidatorInvalid" ->
                                () -> b.hibernateValidatorInvalid(sink);
                            default -> throw unknown(m);
                        }));
                    }
                }
                default -> throw unknown(type);
            }
            return sides;
        }

        private static IllegalArgumentException unknown(String name) {
            return new IllegalArgumentException("no benchmark method " + name);
        }
    }

    /**
     * The groups of the protocol: the sides of a goal share a JVM; writers of different formats do not, so that no
     * goal's code is compiled with another goal's profile.
     */
    static final List<Group> GROUPS = List.of(
            new Group("json-read", List.of("JsonBenchmark.readReportmeta", "JsonBenchmark.readDatabind",
                    "JsonBenchmark.readTokenScan")),
            new Group("json-write-compact", List.of("JsonBenchmark.writeReportmetaCompact",
                    "JsonBenchmark.writeDatabind")),
            new Group("json-write-pretty", List.of("JsonBenchmark.writeReportmeta",
                    "JsonBenchmark.writeDatabindPretty")),
            new Group("xml-read", List.of("XmlBenchmark.readReportmeta", "XmlBenchmark.readXmlMapper",
                    "XmlBenchmark.readTokenScan")),
            new Group("xml-write", List.of("XmlBenchmark.writeReportmeta", "XmlBenchmark.writeXmlMapper")),
            new Group("oai_dc", List.of("OaiDcBenchmark.writeReportmeta", "OaiDcBenchmark.writeXmlMapper")),
            new Group("validation", List.of("ValidationBenchmark.reportmeta",
                    "ValidationBenchmark.hibernateValidator")),
            new Group("validation-damaged", List.of("ValidationBenchmark.reportmetaInvalid",
                    "ValidationBenchmark.hibernateValidatorInvalid")));

    /** One measured turn: a side's rate and its allocation, in a round. */
    record Turn(int round, String side, double reportsPerSecond, double bytesPerReport) {

        String line() {
            return String.format(Locale.ROOT, "%d\t%s\t%.1f\t%.1f", round, side, reportsPerSecond, bytesPerReport);
        }

        static Turn parse(String line) {
            String[] f = line.split("\t");
            return new Turn(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The calls' results, summed so that no call can be dropped as dead code. */
    private static int keep;

    private Paired() {}

    /**
     * Runs {@code measure} or {@code summarise}.
     *
     * @param args the mode and its arguments (see the class comment)
     */
    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("measure")) {
            Group group = group(args[1]);
            int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 6;
            int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
            long turnMillis = args.length > 4 ? Long.parseLong(args[4]) : 500;
            int first = args.length > 5 ? Integer.parseInt(args[5]) : 0;
            List<Side> sides = group.sides();
            if (args.length > 6) {
                // one side alone in this JVM: to see what sharing a JVM with the other sides does to its profile
                sides = sides.stream().filter(side -> side.name().equals(args[6])).toList();
            }
            for (Turn turn : measure(sides, warmUp, rounds, turnMillis, first)) {
                System.out.println(turn.line());
            }
        } else if (args.length >= 2 && args[0].equals("summarise")) {
            List<List<Turn>> forks = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                forks.add(read(Path.of(args[i])));
            }
            summary(forks).forEach(System.out::println);
        } else {
            System.err.println("usage: Paired measure GROUP [warm-up rounds] [rounds] [turn ms] [first side] [only this side]"
                    + " | Paired summarise FILE...; groups: "
                    + GROUPS.stream().map(Group::name).toList());
            System.exit(2);
        }
    }

    static Group group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + name + "; groups: "
                        + GROUPS.stream().map(Group::name).toList()));
    }

    /**
     * Takes turns: {@code warmUp} rounds unrecorded, then {@code rounds} recorded; round {@code r} starts with side
     * {@code (first + r) mod n}.
     */
    static List<Turn> measure(List<Side> sides, int warmUp, int rounds, long turnMillis, int first) {
        List<Turn> turns = new ArrayList<>();
        int n = sides.size();
        for (int r = 0; r < warmUp + rounds; r++) {
            for (int k = 0; k < n; k++) {
                Side side = sides.get((first + r + k) % n);
                Turn turn = turn(side, r - warmUp, turnMillis);
                if (r >= warmUp) {
                    turns.add(turn);
                }
            }
        }
        return turns;
    }

    private static Turn turn(Side side, int round, long turnMillis) {
        System.gc();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        long end = start + turnMillis * 1_000_000;
        long calls = 0;
        long now;
        do {
            keep += side.operation().getAsInt();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        double reports = (double) calls * Corpus.REPORTS;
        return new Turn(round, side.name(), reports * 1e9 / (now - start), allocated / reports);
    }

    private static List<Turn> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Turn::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table of goals over the forks given: per fork the median of its rounds' ratios, then the median of every
     * round of every fork, the spread of the fork medians (half their range, in percent of that median), and our
     * median rate and allocation.
     */
    static List<String> summary(List<List<Turn>> forks) {
        List<String> lines = new ArrayList<>();
        lines.add("| goal | target | median per fork | median | spread | met | ours: reports/s, B/report (median) |");
        lines.add("|---|---:|---|---:|---:|---|---|");
        for (Ratios.Goal goal : Ratios.GOALS) {
            List<Double> all = new ArrayList<>();
            List<Double> perFork = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (List<Turn> fork : forks) {
                List<Double> ratios = ratios(fork, goal.ours(), goal.baseline());
                if (!ratios.isEmpty()) {
                    all.addAll(ratios);
                    perFork.add(Ratios.median(ratios));
                    for (Turn t : fork) {
                        if (t.side().equals(goal.ours())) {
                            rates.add(t.reportsPerSecond());
                            bytes.add(t.bytesPerReport());
                        }
                    }
                }
            }
            if (all.isEmpty()) {
                continue;
            }
            double median = Ratios.median(all);
            double spread = 100 * (Collections.max(perFork) - Collections.min(perFork)) / 2 / median;
            String target = Double.isNaN(goal.target()) ? "—" : String.format(Locale.ROOT, "≥ %.2f", goal.target());
            String met = Double.isNaN(goal.target()) ? "—" : median >= goal.target() ? "yes" : "**no**";
            StringBuilder each = new StringBuilder();
            for (double r : perFork) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", r));
            }
            lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | ±%.0f %% | %s | %,.0f, %,.0f |",
                    goal.name(), target, each, median, spread, met, Ratios.median(rates), Ratios.median(bytes)));
        }
        return lines;
    }

    /** Our rate over the baseline's, per round of one fork in which both took a turn. */
    static List<Double> ratios(List<Turn> fork, String ours, String baseline) {
        Map<Integer, double[]> byRound = new LinkedHashMap<>();
        for (Turn t : fork) {
            if (t.side().equals(ours)) {
                byRound.computeIfAbsent(t.round(), r -> new double[] {Double.NaN, Double.NaN})[0] = t.reportsPerSecond();
            } else if (t.side().equals(baseline)) {
                byRound.computeIfAbsent(t.round(), r -> new double[] {Double.NaN, Double.NaN})[1] = t.reportsPerSecond();
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (double[] pair : byRound.values()) {
            if (!Double.isNaN(pair[0]) && !Double.isNaN(pair[1])) {
                ratios.add(pair[0] / pair[1]);
            }
        }
        return ratios;
    }
}
