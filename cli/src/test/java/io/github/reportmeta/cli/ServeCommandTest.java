package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static String get(String url) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Nested
    class InThisProcess {
        @Test
        void servesTheCatalogueOnLoopbackUntilInterrupted() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread serving = new Thread(() -> exit.set(new Reportmeta(new ByteArrayInputStream(new byte[0]), out, err, false)
                    .run("serve", "--port", "0", "--page-size", "1", "--repository-name", "Fixture reports",
                            path("valid-catalogue.json"))));
            serving.start();
            String base = firstLine(out, serving);

            assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+/oai");
            assertThat(get(base + "?verb=Identify")).contains("<repositoryName>Fixture reports</repositoryName>")
                    .contains("<baseURL>" + base + "</baseURL>");
            assertThat(get(base + "?verb=ListIdentifiers&metadataPrefix=oai_dc"))
                    .contains("<identifier>oai:reportmeta.local:syn-1-0</identifier>")
                    .contains("completeListSize=\"3\"");

            serving.interrupt();
            serving.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(serving.isAlive()).isFalse();
            assertThat(exit.get()).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("serving 3 reports").contains("reportmeta: stopped");
        }

        private String firstLine(ByteArrayOutputStream out, Thread serving) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && serving.isAlive()) {
                String text = out.toString(StandardCharsets.UTF_8);
                if (text.indexOf('\n') >= 0) {
                    return text.substring(0, text.indexOf('\n'));
                }
                Thread.sleep(20);
            }
            throw new AssertionError("serve printed no base URL: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class AsAProcess {
        @Test
        void stopsCleanlyOnSigterm() throws Exception {
            Process child = ChildJvm.start("serve", "--port", "0", path("valid-catalogue.json"));
            try {
                CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> {
                    try (InputStream in = child.getErrorStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String base = stdout.readLine();
                assertThat(base).as("the base URL line").isNotNull().startsWith("http://127.0.0.1:");
                assertThat(get(base + "?verb=Identify")).contains("<protocolVersion>2.0</protocolVersion>");

                // SIGTERM through the handle, which, unlike Process.destroy, leaves the child's pipes open to read.
                assertThat(child.toHandle().destroy()).isTrue();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                String err = stderr.get(30, TimeUnit.SECONDS);
                assertThat(err).contains("reportmeta: stopped");
                assertThat(child.exitValue()).isEqualTo(143);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Nested
    class Refuses {
        @Test
        void aPageSizeOutOfRange() {
            CommandLineRun result = run("serve", "--page-size", "0", path("valid-catalogue.json"));

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("--page-size must be between 1 and 1000, but was 0");
        }

        @Test
        void aPortInUse() throws Exception {
            try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                CommandLineRun result = run("serve", "--port", Integer.toString(taken.getLocalPort()), path("valid-catalogue.json"));

                assertThat(result.exit()).isEqualTo(2);
                assertThat(result.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort());
            }
        }

        @Test
        void aRepositoryIdentifierThatIsNoDomainName() {
            CommandLineRun result = run("serve", "--port", "0", "--repository-identifier", "not a domain", path("valid-catalogue.json"));

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("cannot serve the catalogues: a repository identifier must be a domain name");
        }

        @Test
        void aMalformedCatalogue() {
            CommandLineRun result = run("serve", "--port", "0", path("malformed-catalogue.json"));

            assertThat(result.exit()).isEqualTo(1);
        }
    }
}
