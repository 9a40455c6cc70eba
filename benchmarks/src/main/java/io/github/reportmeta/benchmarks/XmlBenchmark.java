package io.github.reportmeta.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import io.github.reportmeta.benchmarks.baseline.PlainXml;
import io.github.reportmeta.format.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlReadFeature;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * Our canonical XML codec, found through the format SPI, beside what a user would write without us: Jackson's
 * {@code XmlMapper} on plain records ({@link PlainXml}), and beside the floor, a Woodstox token scan over the same
 * bytes. One operation is one report; scores are reports per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(Corpus.REPORTS)
public class XmlBenchmark {

    private ReportFormat xml;
    private XmlMapper mapper;
    private XMLInputFactory stax;
    private byte[] document = new byte[0];
    private PlainXml.Catalogue plain;
    private Corpus corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);

    /** Writes the catalogue once with our codec; all sides read those bytes, and XmlMapper's records are read from them. */
    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        xml = Corpus.format("xml");
        mapper = XmlMapper.builder()
                .configure(XmlReadFeature.AUTO_DETECT_XSI_TYPE, true)
                .configure(XmlWriteFeature.AUTO_DETECT_XSI_TYPE, true)
                .build();
        stax = new WstxInputFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        document = corpus.bytes("xml");
        plain = mapper.readValue(document, PlainXml.Catalogue.class);
    }

    /**
     * Reads the catalogue with our codec, report by report.
     *
     * @param sink keeps every report alive
     * @return how many reports were read
     */
    @Benchmark
    public int readReportmeta(Blackhole sink) {
        return Corpus.read(xml, document, sink::consume);
    }

    /**
     * Reads the catalogue with {@code XmlMapper} into plain records, the whole tree at once.
     *
     * @return the catalogue
     */
    @Benchmark
    public PlainXml.Catalogue readXmlMapper() {
        return mapper.readValue(document, PlainXml.Catalogue.class);
    }

    /**
     * The floor: every StAX event of the same bytes, nothing bound.
     *
     * @return how many events there were
     * @throws XMLStreamException never, for this well-formed document
     */
    @Benchmark
    public int readTokenScan() throws XMLStreamException {
        int events = 0;
        XMLStreamReader reader = stax.createXMLStreamReader(new ByteArrayInputStream(document));
        try {
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
        } finally {
            reader.close();
        }
        return events;
    }

    /**
     * Writes the catalogue with our codec.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeReportmeta() {
        out.reset();
        corpus.write(xml, out);
        return out.size();
    }

    /**
     * Writes the plain records with {@code XmlMapper}.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeXmlMapper() {
        out.reset();
        mapper.writeValue(out, plain);
        return out.size();
    }
}
