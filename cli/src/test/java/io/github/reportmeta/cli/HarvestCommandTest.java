package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reportmeta harvest} against a loopback server replaying sickle's captured four-page list. */
class HarvestCommandTest {

    @TempDir
    Path dir;

    private final List<String> requests = new ArrayList<>();
    private @Nullable HttpServer server;

    /** An answer: a status and a captured response's file name. */
    private record Answer(int status, String file) {}

    private String serve(Function<String, Answer> routes) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/oai", exchange -> answer(exchange, routes));
        s.start();
        server = s;
        return "http://127.0.0.1:" + s.getAddress().getPort() + "/oai";
    }

    private void answer(HttpExchange exchange, Function<String, Answer> routes) throws IOException {
        String query = URLDecoder.decode(Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), ""),
                StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(query);
        }
        Answer answer = routes.apply(query);
        byte[] body = fixture(answer.file());
        try (exchange) {
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(HarvestCommandTest.class.getResourceAsStream(
                "/fixtures/cli/harvest/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four pages, chained by their tokens. */
    private static Answer sickle(String query) {
        if (query.contains("verb=Identify")) {
            return new Answer(200, "sickle-identify.xml");
        }
        for (int page = 2; page <= 4; page++) {
            if (query.contains("resumptionToken=ListRecords" + page + ".xml")) {
                return new Answer(200, "sickle-listrecords-" + page + ".xml");
            }
        }
        return new Answer(200, "sickle-listrecords-1.xml");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Nested
    class Harvesting {

        @Test
        void writesEveryPageToTheFileNamedWithOInTheFormatOfItsExtension() throws IOException {
            String url = serve(HarvestCommandTest::sickle);
            Path out = dir.resolve("harvest.jsonl");

            CommandLineRun result = run("harvest", url, "-o", out.toString());

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readAllLines(out)).hasSize(4).allMatch(l -> l.contains("oai:test.example.com:1585322"));
            assertThat(result.err()).contains("deleted OAI-PMH record");
            assertThat(requests).hasSize(4);
        }

        @Test
        void writesToStandardOutputInTheFormatOfTo() throws IOException {
            String url = serve(HarvestCommandTest::sickle);

            CommandLineRun result = run("harvest", url, "--prefix", "oai_dc", "--from", "2011-01-01", "--to", "json");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).contains("\"reports\"").contains("Sample Title");
            assertThat(requests).first().isEqualTo("verb=ListRecords&metadataPrefix=oai_dc&from=2011-01-01");
        }

        @Test
        void readsNoRecordsMatchAsAnEmptyCatalogueWithExitZero() throws IOException {
            String url = serve(q -> new Answer(200, "sickle-norecordsmatch.xml"));

            CommandLineRun result = run("harvest", url, "--to", "jsonl");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).isEmpty();
        }
    }

    @Nested
    class Failures {

        @Test
        void reportsAnOaiErrorWithItsCodeAndExitOne() throws IOException {
            String url = serve(q -> new Answer(200, "sickle-cannotdisseminateformat.xml"));
            Path out = dir.resolve("out.json");

            CommandLineRun result = run("harvest", url, "--prefix", "marc21", "-o", out.toString());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("the OAI-PMH error cannotDisseminateFormat", "metadataPrefix=marc21");
            assertThat(out).doesNotExist();
        }

        @Test
        void reportsAnHttpErrorWithItsStatusAndUrl() throws IOException {
            String url = serve(q -> new Answer(404, "sickle-norecordsmatch.xml"));

            CommandLineRun result = run("harvest", url, "--to", "json");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("with HTTP 404", url + "?verb=ListRecords");
        }

        @Test
        void refusesABadDateAsAUsageError() {
            CommandLineRun result = run("harvest", "http://127.0.0.1:9/oai", "--from", "May 2024", "--to", "json");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("from must be a date YYYY-MM-DD", "'May 2024'");
        }

        @Test
        void refusesRestartWithoutResume() {
            CommandLineRun result = run("harvest", "http://127.0.0.1:9/oai", "--restart", "--to", "json");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("--restart needs --resume FILE");
        }

        @Test
        void needsAnOutputFormat() {
            CommandLineRun result = run("harvest", "http://127.0.0.1:9/oai");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("--to FORMAT");
        }
    }

    @Nested
    class Resuming {

        @Test
        void endsAnInterruptedHarvestWithTheSameCatalogueAsAnUninterruptedOne() throws IOException {
            AtomicInteger failPageThree = new AtomicInteger(1);
            String url = serve(q -> q.contains("ListRecords3.xml") && failPageThree.getAndDecrement() > 0
                    ? new Answer(500, "sickle-norecordsmatch.xml") : sickle(q));
            Path state = dir.resolve("state.properties");
            Path out = dir.resolve("out.json");

            CommandLineRun failed = run("harvest", url, "--resume", state.toString(), "-o", out.toString(),
                    "--retries", "0");
            assertThat(failed.exit()).isEqualTo(1);
            assertThat(failed.err()).contains("HTTP 500");
            assertThat(out).doesNotExist();
            assertThat(Files.readString(state)).contains("pages=2", "resumptionToken=ListRecords3.xml");

            CommandLineRun resumed = run("harvest", url, "--resume", state.toString(), "-o", out.toString());
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            Path whole = dir.resolve("whole.json");
            assertThat(run("harvest", url, "-o", whole.toString()).exit()).isZero();
            assertThat(Files.readString(out)).isEqualTo(Files.readString(whole));
            assertThat(Files.readString(state)).contains("phase=done", "records=4", "deleted=4",
                    "latestDatestamp=2011-07-18T16\\:31\\:00Z");

            requests.clear();
            CommandLineRun incremental = run("harvest", url, "--resume", state.toString(), "-o", out.toString());
            assertThat(incremental.exit()).as(incremental.err()).isZero();
            assertThat(requests).startsWith("verb=Identify", "verb=ListRecords&metadataPrefix=oai_dc&from=2011-07-18");
        }
    }
}
