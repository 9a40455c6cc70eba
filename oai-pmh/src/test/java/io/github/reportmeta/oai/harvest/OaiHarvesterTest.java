package io.github.reportmeta.oai.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.dc.OaiDcFormat;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.oai.harvest.ReplayServer.Fault;
import io.github.reportmeta.oai.harvest.ReplayServer.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OaiHarvester} against a loopback server replaying captured real responses, with faults injected. */
class OaiHarvesterTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2));

    private ReplayServer server;

    @BeforeEach
    void start() throws IOException {
        server = ReplayServer.sickle();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OaiHarvester.Builder harvester() {
        return OaiHarvester.builder(server.base()).retryPolicy(FAST).requestTimeout(Duration.ofSeconds(5));
    }

    private static List<Report> all(ReportReader reader) {
        List<Report> reports = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(reports::add);
        }
        return reports;
    }

    /** The reports of captured pages read one by one with the oai_dc reader, as the harvest must give them. */
    private static List<Report> pages(String... names) {
        List<Report> reports = new ArrayList<>();
        for (String name : names) {
            reports.addAll(all(new OaiDcFormat().newReader(new ByteArrayInputStream(ReplayServer.fixture(name)),
                    ReadOptions.of(name).withLenient(true))));
        }
        return reports;
    }

    private static final List<Report> SICKLE = pages("sickle-listrecords-1.xml", "sickle-listrecords-2.xml",
            "sickle-listrecords-3.xml", "sickle-listrecords-4.xml");

    @Nested
    class FollowingResumptionTokens {

        @Test
        void readsEveryPageOfARealFourPageListInOrder() {
            List<HarvestState> pages = new ArrayList<>();
            HarvestReader reader = harvester().onPage(pages::add).build().harvest();
            List<Report> reports = all(reader);

            assertThat(SICKLE).hasSize(4);
            assertThat(reports).isEqualTo(SICKLE);
            assertThat(server.requests()).containsExactly(
                    "verb=ListRecords&metadataPrefix=oai_dc",
                    "verb=ListRecords&resumptionToken=ListRecords2.xml",
                    "verb=ListRecords&resumptionToken=ListRecords3.xml",
                    "verb=ListRecords&resumptionToken=ListRecords4.xml");
            assertThat(pages).extracting(HarvestState::pages).containsExactly(1L, 2L, 3L, 4L);
            assertThat(reader.state()).satisfies(state -> {
                assertThat(state.phase()).isEqualTo(HarvestState.Phase.LISTED);
                assertThat(state.records()).isEqualTo(4);
                assertThat(state.deleted()).isEqualTo(4);
                assertThat(state.resumptionToken()).isNull();
                assertThat(state.latestDatestamp()).isEqualTo("2011-07-18T16:31:00Z");
            });
        }

        @Test
        void numbersTheReportsAcrossPagesAndLocatesThemInTheirPage() {
            List<String> pointers = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            try (HarvestReader reader = harvester().build().harvest()) {
                while (reader.hasNext()) {
                    reader.next();
                    pointers.add(reader.pointer());
                    sources.add(reader.location().source());
                }
            }
            assertThat(pointers).containsExactly("/reports/0", "/reports/1", "/reports/2", "/reports/3");
            assertThat(sources.get(3)).isEqualTo(server.base() + "?verb=ListRecords&resumptionToken=ListRecords4.xml");
        }

        @Test
        void asksForFromUntilAndSetOnTheFirstRequestOnly() {
            all(harvester().from("2011-01-01").until("2011-12-31T23:59:59Z").set("math:algebra").build().harvest());
            assertThat(server.requests()).first().isEqualTo(
                    "verb=ListRecords&metadataPrefix=oai_dc&from=2011-01-01&until=2011-12-31T23:59:59Z&set=math:algebra");
            assertThat(server.requests().get(1)).isEqualTo("verb=ListRecords&resumptionToken=ListRecords2.xml");
        }

        @Test
        void countsAndNotesTheDeletedRecordsOfARealRepositoryWithoutReadingThem() throws Exception {
            try (ReplayServer eur = new ReplayServer(q -> Reply.ok(ReplayServer.fixture(
                    "eur-dspace-listrecords-2004.xml")))) {
                List<ConversionNote> notes = new ArrayList<>();
                HarvestReader reader = OaiHarvester.builder(eur.base())
                        .readOptions(ReadOptions.of("eur").withLenient(true).withListener(notes::add)).build().harvest();
                List<Report> reports = all(reader);
                assertThat(reports).isEqualTo(pages("eur-dspace-listrecords-2004.xml")).hasSize(79);
                assertThat(reader.state().deleted()).isEqualTo(2);
                assertThat(notes).filteredOn(n -> n.message().startsWith("deleted OAI-PMH record")).hasSize(2);
            }
        }

        @Test
        void notesExactlyWhatTheOaiDcReaderNotesOnTheSamePages() {
            List<ConversionNote> harvested = new ArrayList<>();
            all(harvester().readOptions(ReadOptions.of("h").withLenient(true).withListener(harvested::add)).build()
                    .harvest());
            List<ConversionNote> direct = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                // Named as the harvest names each page, since a note may quote its location.
                String url = server.base() + "?verb=ListRecords&" + (page == 1 ? "metadataPrefix=oai_dc"
                        : "resumptionToken=ListRecords" + page + ".xml");
                all(new OaiDcFormat().newReader(new ByteArrayInputStream(ReplayServer.fixture("sickle-listrecords-"
                        + page + ".xml")), ReadOptions.of(url).withLenient(true).withListener(direct::add)));
            }
            // io-xml's DcCorpusTest checks on the first page (sickle-listrecords-2013.xml there) that these notes name
            // every value the reader does not keep; the harvest must pass them all on.
            assertThat(direct).isNotEmpty();
            assertThat(harvested).extracting(ConversionNote::kind, ConversionNote::message)
                    .isEqualTo(direct.stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.kind(), n.message()))
                            .toList());
        }

        @Test
        void refusesAPageThatGivesBackTheTokenItWasAskedWith() throws Exception {
            try (ReplayServer loop = new ReplayServer(q -> Reply.ok(ReplayServer.fixture(
                    "bnf-gallica-listrecords-2015.xml")))) {
                HarvestReader reader = OaiHarvester.builder(loop.base()).build().harvest();
                assertThatThrownBy(() -> all(reader)).isInstanceOf(HarvestException.class)
                        .hasMessageContaining("same token again");
                assertThat(loop.requests()).hasSize(2);
            }
        }
    }

    @Nested
    class TransientFailures {

        @Test
        void waitsWhatA503RetryAfterInSecondsSaysAndTriesAgain() {
            server.inject(Reply.status(503, Map.of("Retry-After", "1")));
            long start = System.nanoTime();
            assertThat(all(harvester().build().harvest())).isEqualTo(SICKLE);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(server.requests()).hasSize(5).element(1).isEqualTo("verb=ListRecords&metadataPrefix=oai_dc");
        }

        @Test
        void waitsUntilA503RetryAfterHttpDate() {
            // An HTTP date has whole seconds: two seconds ahead is at least one second's wait.
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(2)
                    .atOffset(ZoneOffset.UTC));
            server.inject(Reply.status(503, Map.of("Retry-After", date)));
            long start = System.nanoTime();
            assertThat(all(harvester().build().harvest())).isEqualTo(SICKLE);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(server.requests()).hasSize(5);
        }

        @Test
        void givesUpAfterTheRetriesWithTheStatusAndTheUrl() {
            for (int i = 0; i < 4; i++) {
                server.inject(Reply.status(503, Map.of("Retry-After", "0")));
            }
            assertThatThrownBy(() -> all(harvester().build().harvest())).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("after 4 attempts").hasMessageContaining("HTTP 503")
                    .hasMessageContaining(server.base() + "?verb=ListRecords&metadataPrefix=oai_dc");
            assertThat(server.requests()).hasSize(4);
        }

        @Test
        void triesAgainAfterAConnectionDroppedInTheMiddleOfAPage() {
            server.injectAround(r -> new Reply(r.status(), r.body(), r.headers(), Fault.DROP_MID_BODY, 0, false));
            assertThat(all(harvester().build().harvest())).isEqualTo(SICKLE);
            assertThat(server.requests()).hasSize(5);
        }

        @Test
        void triesAgainWhenAResponseTakesLongerThanTheRequestTimeout() {
            server.injectAround(r -> new Reply(r.status(), r.body(), r.headers(), Fault.SLOW, 1500, false));
            assertThat(all(harvester().requestTimeout(Duration.ofMillis(300)).build().harvest())).isEqualTo(SICKLE);
            assertThat(server.requests()).hasSize(5);
        }

        @Test
        void triesAgainWhenNothingListens() throws Exception {
            URI closed = server.base();
            server.close();
            OaiHarvester harvester = OaiHarvester.builder(closed)
                    .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5))).build();
            assertThatThrownBy(() -> all(harvester.harvest())).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("after 3 attempts").hasMessageContaining("ConnectException");
        }

        @Test
        void readsRetryAfterAsSecondsOrAsAnHttpDate() {
            Instant now = Instant.parse("2024-05-01T10:00:00Z");
            assertThat(PageFetcher.retryAfter("120", now)).contains(Duration.ofSeconds(120));
            assertThat(PageFetcher.retryAfter("Wed, 01 May 2024 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
            assertThat(PageFetcher.retryAfter("Wed, 01 May 2024 09:00:00 GMT", now)).contains(Duration.ZERO);
            assertThat(PageFetcher.retryAfter("soon", now)).isEmpty();
        }

        @Test
        void capsEveryWaitAtTheLongestWait() {
            RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5));
            assertThat(Stream.of(1, 2, 3, 4).map(policy::backoff)).containsExactly(Duration.ofSeconds(1),
                    Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5));
            assertThat(policy.capped(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Nested
    class Responses {

        @Test
        void asksForGzipAndDecodesIt() {
            server.injectAround(Reply::gzipped).injectAround(Reply::gzipped);
            assertThat(all(harvester().build().harvest())).isEqualTo(SICKLE);
            assertThat(server.acceptEncodings()).containsOnly("gzip");
        }

        @Test
        void boundsTheDecompressedSize() {
            byte[] bomb = new byte[4 * 1024 * 1024];
            server.inject(Reply.ok(bomb).gzipped());
            assertThatThrownBy(() -> all(harvester().maxPageBytes(1024 * 1024).build().harvest()))
                    .isInstanceOf(HarvestException.class).hasMessageContaining("larger than 1048576 bytes once decompressed");
        }

        @Test
        void boundsTheSizeOnTheWire() {
            assertThatThrownBy(() -> all(harvester().maxPageBytes(1000).build().harvest()))
                    .isInstanceOf(HarvestException.class).hasMessageContaining("larger than 1000 bytes");
        }

        @Test
        void readsNoRecordsMatchAsAnEmptyHarvest() throws Exception {
            try (ReplayServer none = new ReplayServer(q -> Reply.ok(ReplayServer.fixture("sickle-norecordsmatch.xml")))) {
                HarvestReader reader = OaiHarvester.builder(none.base()).build().harvest();
                assertThat(all(reader)).isEmpty();
                assertThat(reader.state().phase()).isEqualTo(HarvestState.Phase.LISTED);
                assertThat(reader.state().pages()).isEqualTo(1);
            }
        }

        @Test
        void reportsAnOaiErrorWithItsCode() {
            server.inject(Reply.ok(ReplayServer.fixture("sickle-cannotdisseminateformat.xml")));
            assertThatThrownBy(() -> all(harvester().metadataPrefix("oai_marc").build().harvest()))
                    .isInstanceOfSatisfying(OaiErrorException.class, e -> assertThat(e.code())
                            .isEqualTo("cannotDisseminateFormat"))
                    .hasMessageContaining("the OAI-PMH error cannotDisseminateFormat")
                    .hasMessageContaining("metadataPrefix=oai_marc");
        }

        @Test
        void escapesTheControlCharactersOfAnErrorMessage() {
            server.inject(Reply.ok(("<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><responseDate>2024-01-01"
                    + "</responseDate><request>x</request><error code='badArgument'>bad\u0085line\u2028two</error>"
                    + "</OAI-PMH>").getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> all(harvester().build().harvest())).isInstanceOf(OaiErrorException.class)
                    .hasMessageContaining("'bad\\u0085line\\u2028two'")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0085", "\u2028"));
        }

        @Test
        void reportsAPageThatIsNotXmlWithItsUrlAndPlace() {
            server.inject(Reply.ok("<html><body>Service temporarily down<br></body></html>"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> all(harvester().build().harvest()))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.location().source())
                            .isEqualTo(server.base() + "?verb=ListRecords&metadataPrefix=oai_dc"));
        }

        @Test
        void reportsAnHttpErrorWithItsStatusAndUrlWithoutTryingAgain() {
            server.inject(Reply.status(404, Map.of()));
            assertThatThrownBy(() -> all(harvester().build().harvest())).isInstanceOf(HarvestException.class)
                    .hasMessage("the repository answered " + server.base()
                            + "?verb=ListRecords&metadataPrefix=oai_dc with HTTP 404; expected 200");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Nested
    class Configuration {

        @Test
        void refusesABaseUrlThatIsNotHttp() {
            assertThatThrownBy(() -> OaiHarvester.builder(URI.create("ftp://example.org/oai")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        }

        @Test
        void refusesADateThatIsNotADatestamp() {
            assertThatThrownBy(() -> harvester().from("2024-1-1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("from must be a date YYYY-MM-DD").hasMessageContaining("'2024-1-1'");
        }

        @Test
        void keepsTheQueryOfABaseUrlThatHasOne() throws Exception {
            OaiHarvester harvester = OaiHarvester.builder(URI.create(server.base() + "?repo=a")).build();
            assertThat(all(harvester.harvest())).isEqualTo(SICKLE);
            assertThat(server.requests()).first().isEqualTo("repo=a&verb=ListRecords&metadataPrefix=oai_dc");
        }
    }

    @Nested
    class StateFile {

        @TempDir
        Path dir;

        private Path state() {
            return dir.resolve("harvest.properties");
        }

        @Test
        void resumesAHarvestThatFailedAtPageThreeWithTheSameReports() {
            OaiHarvester harvester = harvester().build();
            server.injectAround(r -> r).injectAround(r -> r).inject(Reply.status(500, Map.of()));
            List<Report> before = new ArrayList<>();
            HarvestReader first = harvester.harvest(state());
            assertThatThrownBy(() -> {
                try (first) {
                    first.forEachRemaining(before::add);
                }
            }).isInstanceOf(HarvestException.class).hasMessageContaining("HTTP 500");
            assertThat(before).hasSize(2);
            HarvestState saved = HarvestState.load(state());
            assertThat(saved.pages()).isEqualTo(2);
            assertThat(saved.resumptionToken()).isEqualTo("ListRecords3.xml");
            int asked = server.requests().size();

            HarvestReader resumed = harvester.harvest(state());
            assertThat(all(resumed)).isEqualTo(SICKLE);
            assertThat(server.requests().subList(asked, server.requests().size())).containsExactly(
                    "verb=ListRecords&resumptionToken=ListRecords3.xml",
                    "verb=ListRecords&resumptionToken=ListRecords4.xml");
            HarvestReader uninterrupted = harvester.harvest();
            all(uninterrupted);
            assertThat(resumed.state()).isEqualTo(uninterrupted.state()).isEqualTo(HarvestState.load(state()));
            assertThat(resumed.state().records()).isEqualTo(4);
        }

        @Test
        void resumesAHarvestStoppedInTheMiddleOfAPageFromThatPage() {
            OaiHarvester harvester = harvester().build();
            try (HarvestReader first = harvester.harvest(state())) {
                first.next();
                first.next();
                first.next();
            }
            assertThat(HarvestState.load(state()).pages()).isEqualTo(2);
            assertThat(all(harvester.harvest(state()))).isEqualTo(SICKLE);
        }

        @Test
        void makesTheNextHarvestIncrementalFromTheLatestDatestampAtTheRepositorysGranularity() throws IOException {
            OaiHarvester harvester = harvester().build();
            HarvestReader first = harvester.harvest(state());
            all(first);
            first.markDone();
            HarvestState done = HarvestState.load(state());
            assertThat(done.phase()).isEqualTo(HarvestState.Phase.DONE);
            assertThat(done.latestDatestamp()).isEqualTo("2011-07-18T16:31:00Z");
            assertThat(Files.exists(dir.resolve("harvest.properties.pages"))).isFalse();
            int asked = server.requests().size();

            HarvestReader next = harvester.harvest(state());
            all(next);
            assertThat(server.requests().subList(asked, asked + 2)).containsExactly("verb=Identify",
                    "verb=ListRecords&metadataPrefix=oai_dc&from=2011-07-18");
            assertThat(next.state().from()).isEqualTo("2011-07-18");
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }

        @Test
        void keepsTheFullDatestampWhenTheRepositoryHasSecondsGranularity() throws Exception {
            try (ReplayServer eur = new ReplayServer(q -> Reply.ok(ReplayServer.fixture("Identify".equals(
                    q.get("verb")) ? "eur-dspace-identify-2003.xml" : "eur-dspace-listrecords-2004.xml")))) {
                OaiHarvester harvester = OaiHarvester.builder(eur.base()).build();
                HarvestReader first = harvester.harvest(state());
                all(first);
                first.markDone();
                all(harvester.harvest(state()));
                assertThat(eur.requests().get(2)).isEqualTo("verb=ListRecords&metadataPrefix=oai_dc&from="
                        + first.state().latestDatestamp());
                assertThat(first.state().latestDatestamp()).matches("2004-\\d\\d-\\d\\dT.*Z");
            }
        }

        @Test
        void saysToRestartWhenTheRepositoryNoLongerKnowsTheToken() {
            OaiHarvester harvester = harvester().build();
            server.injectAround(r -> r).inject(Reply.status(500, Map.of()));
            assertThatThrownBy(() -> all(harvester.harvest(state()))).isInstanceOf(HarvestException.class);
            server.inject(Reply.ok(ReplayServer.fixture("sickle-badresumptiontoken.xml")));

            assertThatThrownBy(() -> all(harvester.harvest(state())))
                    .isInstanceOfSatisfying(OaiErrorException.class, e -> assertThat(e.code())
                            .isEqualTo(OaiErrorException.BAD_RESUMPTION_TOKEN))
                    .hasMessageContaining("'ListRecords2.xml' of page 2").hasMessageContaining("--restart");

            assertThat(all(harvester.restart(state()))).isEqualTo(SICKLE);
        }

        @Test
        void refusesAStateFileOfAnotherRepository() {
            HarvestState.start("https://elsewhere.example/oai", "oai_dc", null, null, null, null).save(state());
            assertThatThrownBy(() -> harvester().build().harvest(state())).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("records a harvest of https://elsewhere.example/oai (prefix oai_dc)");
        }

        @Test
        void refusesToResumeWithOtherDates() {
            HarvestState.start(server.base().toString(), "oai_dc", null, "2020-01-01", null, null).save(state());
            assertThatThrownBy(() -> harvester().from("2021-01-01").build().harvest(state()))
                    .isInstanceOf(HarvestException.class).hasMessageContaining("from=2020-01-01, not from=2021-01-01");
        }

        @Test
        void refusesToMarkDoneBeforeTheLastPage() {
            try (HarvestReader reader = harvester().build().harvest(state())) {
                reader.next();
                assertThatThrownBy(reader::markDone).isInstanceOf(IllegalStateException.class);
            }
        }

        @Test
        void writesAndReadsEveryValueBack() {
            HarvestState state = new HarvestState("http://h/oai?a=b", "oai_dc", "set:a b=c#d!", "2020-01-01", null,
                    HarvestState.Phase.HARVESTING, " token\\with\nnewline \u00e9\u4e2d", 3, 20, 2,
                    "2021-02-03T04:05:06Z");
            state.save(state());
            assertThat(HarvestState.load(state())).isEqualTo(state);
        }

        @Test
        void namesTheKeyAtFaultInABadFile() throws IOException {
            Files.writeString(state(), "format=" + HarvestState.FORMAT + "\nbaseUrl=http://h/oai\nmetadataPrefix=oai_dc"
                    + "\nphase=harvesting\npages=x\nrecords=0\ndeleted=0\n");
            assertThatThrownBy(() -> HarvestState.load(state())).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("pages='x', but expected a whole number");
            Files.writeString(state(), "baseUrl=http://h/oai\n");
            assertThatThrownBy(() -> HarvestState.load(state())).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("must say format=" + HarvestState.FORMAT);
        }
    }
}
