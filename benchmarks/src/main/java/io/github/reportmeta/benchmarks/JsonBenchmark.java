package io.github.reportmeta.benchmarks;

import io.github.reportmeta.benchmarks.baseline.PlainJson;
import io.github.reportmeta.format.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our canonical JSON codec, found through the format SPI, beside what a user would write without us: Jackson
 * databind with default settings on plain records ({@link PlainJson}), and beside the floor, jackson-core's
 * token scan over the same bytes. Writing is compared like for like: our compact {@code jsonl} with databind's
 * default (compact) mapper, our pretty {@code json} with databind's default pretty printer. One operation is one
 * report; scores are reports per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(Corpus.REPORTS)
public class JsonBenchmark {

    private ReportFormat json;
    private ReportFormat jsonl;
    private JsonMapper mapper;
    private ObjectWriter prettyMapper;
    private byte[] document = new byte[0];
    private PlainJson.Catalogue plain;
    private Corpus corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);

    /** Writes the catalogue once with our codec; both sides read those bytes, and databind's records are read from them. */
    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        json = Corpus.format("json");
        jsonl = Corpus.format("jsonl");
        mapper = JsonMapper.builder().build();
        prettyMapper = mapper.writerWithDefaultPrettyPrinter();
        document = corpus.bytes("json");
        plain = mapper.readValue(document, PlainJson.Catalogue.class);
    }

    /**
     * Reads the catalogue with our codec, report by report.
     *
     * @param sink keeps every report alive
     * @return how many reports were read
     */
    @Benchmark
    public int readReportmeta(Blackhole sink) {
        return Corpus.read(json, document, sink::consume);
    }

    /**
     * Reads the catalogue with databind into plain records, the whole tree at once.
     *
     * @return the catalogue
     */
    @Benchmark
    public PlainJson.Catalogue readDatabind() {
        return mapper.readValue(document, PlainJson.Catalogue.class);
    }

    /**
     * The floor: every token of the same bytes, nothing bound.
     *
     * @return how many tokens there were
     */
    @Benchmark
    public int readTokenScan() {
        int tokens = 0;
        try (JsonParser parser = mapper.createParser(document)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * Writes the catalogue with our codec, pretty-printed ({@code json}); compare with {@link #writeDatabindPretty}.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeReportmeta() {
        out.reset();
        corpus.write(json, out);
        return out.size();
    }

    /**
     * Writes the catalogue with our codec, compact ({@code jsonl}: a header line, then a report a line); compare
     * with {@link #writeDatabind}.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeReportmetaCompact() {
        out.reset();
        corpus.write(jsonl, out);
        return out.size();
    }

    /**
     * Writes the plain records with databind's default mapper: compact JSON.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeDatabind() {
        out.reset();
        mapper.writeValue(out, plain);
        return out.size();
    }

    /**
     * Writes the plain records with databind's default pretty printer.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeDatabindPretty() {
        out.reset();
        prettyMapper.writeValue(out, plain);
        return out.size();
    }
}
