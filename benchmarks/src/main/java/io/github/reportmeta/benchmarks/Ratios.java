package io.github.reportmeta.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JMH JSON results of several rounds ({@code -rf json}) and prints, for each goal, the ratio of our
 * throughput to the baseline's in every round and the median over rounds, with our allocation per report.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.reportmeta.benchmarks.Ratios round-1.json round-2.json ...}
 */
public final class Ratios {

    /** A goal of issue 18: our benchmark, its baseline, and the least ratio ours/baseline (NaN: no target). */
    record Goal(String name, String ours, String baseline, double target) {}

    static final List<Goal> GOALS = List.of(
            new Goal("JSON read vs databind", "JsonBenchmark.readReportmeta", "JsonBenchmark.readDatabind", 1.2),
            new Goal("JSON write compact (jsonl) vs databind", "JsonBenchmark.writeReportmetaCompact",
                    "JsonBenchmark.writeDatabind", 1.2),
            new Goal("JSON write pretty (json) vs databind pretty", "JsonBenchmark.writeReportmeta",
                    "JsonBenchmark.writeDatabindPretty", 1.2),
            new Goal("JSON read vs token scan", "JsonBenchmark.readReportmeta", "JsonBenchmark.readTokenScan", 0.5),
            new Goal("XML read vs XmlMapper", "XmlBenchmark.readReportmeta", "XmlBenchmark.readXmlMapper", 1.5),
            new Goal("XML write vs XmlMapper", "XmlBenchmark.writeReportmeta", "XmlBenchmark.writeXmlMapper", 1.5),
            new Goal("XML read vs Woodstox scan", "XmlBenchmark.readReportmeta", "XmlBenchmark.readTokenScan", Double.NaN),
            new Goal("oai_dc write vs XmlMapper on mapped values", "OaiDcBenchmark.writeReportmeta",
                    "OaiDcBenchmark.writeXmlMapper", 1.0),
            new Goal("validation vs Hibernate Validator", "ValidationBenchmark.reportmeta",
                    "ValidationBenchmark.hibernateValidator", 0.95),
            new Goal("validation of damaged reports vs Hibernate Validator", "ValidationBenchmark.reportmetaInvalid",
                    "ValidationBenchmark.hibernateValidatorInvalid", Double.NaN));

    private Ratios() {}

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result files, one a round
     */
    public static void main(String[] args) {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Map<String, double[]>> rounds = new ArrayList<>();
        for (String file : args) {
            Map<String, double[]> scores = new LinkedHashMap<>();
            for (JsonNode run : mapper.readTree(new File(file))) {
                String name = run.get("benchmark").asString().replace("io.github.reportmeta.benchmarks.", "");
                JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                scores.put(name, new double[] {run.get("primaryMetric").get("score").asDouble(),
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble()});
            }
            rounds.add(scores);
        }
        System.out.println("| goal | target | ratio per round | median | spread | met | ours: reports/s, B/report (median) |");
        System.out.println("|---|---:|---|---:|---:|---|---|");
        for (Goal goal : GOALS) {
            List<Double> ratios = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> alloc = new ArrayList<>();
            for (Map<String, double[]> round : rounds) {
                double[] a = round.get(goal.ours());
                double[] b = round.get(goal.baseline());
                if (a != null && b != null) {
                    ratios.add(a[0] / b[0]);
                    ours.add(a[0]);
                    alloc.add(a[1]);
                }
            }
            if (ratios.isEmpty()) {
                continue;
            }
            double median = median(ratios);
            String target = Double.isNaN(goal.target()) ? "—" : String.format(Locale.ROOT, "≥ %.2f", goal.target());
            String met = Double.isNaN(goal.target()) ? "—" : median >= goal.target() ? "yes" : "**no**";
            StringBuilder each = new StringBuilder();
            for (double r : ratios) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", r));
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | ±%.0f %% | %s | %,.0f, %,.0f |%n",
                    goal.name(), target, each, median, spread(ratios, median), met, median(ours), median(alloc));
        }
        printConditions(args);
    }

    /** Half the range of the ratios over rounds, in percent of their median: the protocol asks for at most 10. */
    private static double spread(List<Double> ratios, double median) {
        return 100 * (Collections.max(ratios) - Collections.min(ratios)) / 2 / median;
    }

    /** Prints the load recorded beside each round's result ({@code round-N.load}, written by run-jmh.sh). */
    private static void printConditions(String[] files) {
        System.out.println();
        for (String file : files) {
            Path load = Path.of(file.replaceFirst("\\.json$", ".load"));
            if (Files.isReadable(load)) {
                try {
                    System.out.println(Path.of(file).getFileName() + ": " + String.join("; ", Files.readAllLines(load)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
