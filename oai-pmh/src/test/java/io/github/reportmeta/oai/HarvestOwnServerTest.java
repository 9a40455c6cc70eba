package io.github.reportmeta.oai;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.dc.OaiDcFormat;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.oai.harvest.HarvestReader;
import io.github.reportmeta.oai.harvest.OaiHarvester;
import io.github.reportmeta.oai.provider.OaiProvider;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sides of OAI-PMH together, over loopback HTTP: harvesting our own provider's 10,000-report catalogue, page
 * size 100, gives the reports that converting the catalogue to {@code oai_dc} directly and reading it back gives;
 * a harvest stopped half-way and resumed from its state file ends with the same reports.
 *
 * <p>One difference is expected and checked: a bare {@code oai_dc} document has no place for a report's id, so
 * the direct conversion numbers its records ({@code record-1}, ...), while a harvested record takes the OAI
 * identifier from its header ({@code oai:reportmeta.local:<id>}), which the harvest keeps.
 */
class HarvestOwnServerTest {

    private static final long SEED = 20261204L;
    private static final int COUNT = 10_000;
    private static HttpServer server;
    private static URI base;
    private static OaiProvider provider;
    /** What converting the catalogue to oai_dc and reading it back gives, each under the OAI identifier of its report. */
    private static List<Report> direct;

    @BeforeAll
    static void serve() throws Exception {
        System.out.println("HarvestOwnServerTest: synthetic catalogue seed " + SEED + ", " + COUNT + " reports");
        SyntheticReports generator = SyntheticReports.withSeed(SEED);
        List<Report> reports = new ArrayList<>(COUNT);
        generator.reports(COUNT).forEachRemaining(reports::add);
        Catalogue catalogue = Catalogue.of(generator.header(), reports);

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
        provider = OaiProvider.builder(base).pageSize(100).catalogue(catalogue).build();
        server.createContext("/oai", provider.httpHandler());
        server.start();

        ReportFormat oaiDc = new OaiDcFormat();
        ByteArrayOutputStream converted = new ByteArrayOutputStream();
        oaiDc.writeCatalogue(catalogue, converted, WriteOptions.DEFAULT);
        List<Report> read = oaiDc.readCatalogue(new ByteArrayInputStream(converted.toByteArray()),
                ReadOptions.of("direct.xml")).reports();
        assertThat(read).hasSize(COUNT);
        List<Report> renamed = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            assertThat(read.get(i).id().value()).isEqualTo("record-" + (i + 1));
            renamed.add(read.get(i).toBuilder().id(ReportId.of(provider.identifier(reports.get(i).id()))).build());
        }
        direct = byId(renamed);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void harvestingTheWholeCatalogueGivesWhatConvertingItDirectlyGives() {
        List<Report> harvested = new ArrayList<>();
        try (HarvestReader reader = OaiHarvester.builder(base).build().harvest()) {
            reader.forEachRemaining(harvested::add);
            assertThat(reader.state().records()).isEqualTo(COUNT);
        }

        assertThat(harvested).hasSize(COUNT);
        assertThat(byId(harvested)).isEqualTo(direct);
    }

    @Test
    void aHarvestStoppedHalfWayAndResumedEndsWithTheSameReports(@TempDir Path dir) {
        Path state = dir.resolve("harvest.state");
        OaiHarvester harvester = OaiHarvester.builder(base).build();
        List<Report> harvested = new ArrayList<>();
        try (HarvestReader first = harvester.harvest(state)) {
            // stop in the middle of the 43rd page, as an interrupted run would
            while (harvested.size() < 4_250 && first.hasNext()) {
                harvested.add(first.next());
            }
        }
        assertThat(harvested).hasSize(4_250);

        List<Report> resumed = new ArrayList<>();
        try (HarvestReader second = harvester.harvest(state)) {
            second.forEachRemaining(resumed::add);
        }

        assertThat(resumed).hasSize(COUNT);
        assertThat(resumed.subList(0, 4_250)).isEqualTo(harvested);
        assertThat(byId(resumed)).isEqualTo(direct);
    }

    private static List<Report> byId(List<Report> reports) {
        return reports.stream().sorted(Comparator.comparing(r -> r.id().value())).toList();
    }
}
