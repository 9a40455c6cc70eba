package io.github.reportmeta.benchmarks;

import io.github.reportmeta.benchmarks.baseline.PlainXml;
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
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Our {@code oai_dc} writer, which maps each report to Dublin Core as it writes, beside {@code XmlMapper} writing
 * the same Dublin Core values already mapped ({@link PlainXml.DcRecords}). One operation is one report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(Corpus.REPORTS)
public class OaiDcBenchmark {

    private ReportFormat oaiDc;
    private XmlMapper mapper;
    private PlainXml.DcRecords plain;
    private Corpus corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);

    /** Writes the records once with our codec and reads XmlMapper's records from those bytes. */
    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        oaiDc = Corpus.format("oai_dc");
        mapper = XmlMapper.builder().build();
        plain = mapper.readValue(corpus.bytes("oai_dc"), PlainXml.DcRecords.class);
    }

    /**
     * Maps and writes every report with our codec.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeReportmeta() {
        out.reset();
        corpus.write(oaiDc, out);
        return out.size();
    }

    /**
     * Writes the already mapped Dublin Core records with {@code XmlMapper}.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeXmlMapper() {
        out.reset();
        mapper.writeValue(out, plain);
        return out.size();
    }

    /**
     * The records XmlMapper writes, for the setup test.
     *
     * @return the records
     */
    PlainXml.DcRecords plain() {
        return plain;
    }
}
