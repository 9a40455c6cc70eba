package io.github.reportmeta.oai.provider;

import static io.github.reportmeta.oai.provider.Responses.error;
import static io.github.reportmeta.oai.provider.Responses.texts;
import static io.github.reportmeta.oai.provider.Responses.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The provider behind the JDK's HTTP server on the loopback interface, asked by the JDK's HTTP client. */
class OaiHttpHandlerTest {

    static HttpServer server;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
        OaiProvider provider = OaiProvider.builder(base).clock(Catalogues.CLOCK).pageSize(40)
                .catalogue(Catalogues.synthetic(5, 100)).build();
        server.createContext("/oai", provider.httpHandler());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static HttpResponse<byte[]> get(String query) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "?" + query)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String contentType, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Document valid(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml; charset=UTF-8");
        OaiSchemas.assertValid(response.body());
        return Responses.parse(response.body());
    }

    @Nested
    class Get {
        @Test
        void answersIdentify() throws Exception {
            Document doc = valid(get("verb=Identify"));

            assertThat(texts(doc, "baseURL")).containsExactly(base.toString());
        }

        @Test
        void harvestsEveryRecordByFollowingTheTokens() throws Exception {
            List<String> identifiers = new ArrayList<>();
            Document doc = valid(get("verb=ListRecords&metadataPrefix=oai_dc"));
            int pages = 1;
            while (!token(doc).isEmpty()) {
                identifiers.addAll(texts(doc, "identifier"));
                doc = valid(get("verb=ListRecords&resumptionToken=" + URLEncoder.encode(token(doc), StandardCharsets.UTF_8)));
                pages++;
            }
            identifiers.addAll(texts(doc, "identifier"));

            assertThat(pages).isEqualTo(3);
            assertThat(identifiers).hasSize(100).doesNotHaveDuplicates();
        }

        @Test
        void malformedPercentEncodingIsBadArgument() throws Exception {
            Document doc = valid(get("verb=Identify&x=%E6%8A"));

            assertThat(error(doc)).isEqualTo("badArgument");
        }

        @Test
        void anOverlongQueryIsRefusedBeforeItIsParsed() throws Exception {
            HttpResponse<byte[]> response = get("verb=Identify&x=" + "a".repeat(OaiHttpHandler.MAX_FORM_BYTES));

            assertThat(response.statusCode()).isEqualTo(414);
        }
    }

    @Nested
    class Post {
        @Test
        void answersAFormAsAGetWithTheSameParameters() throws Exception {
            HttpResponse<byte[]> posted = post("application/x-www-form-urlencoded",
                    "verb=ListIdentifiers&metadataPrefix=xml&from=2000-01-01");
            HttpResponse<byte[]> got = get("verb=ListIdentifiers&metadataPrefix=xml&from=2000-01-01");

            valid(posted);
            assertThat(posted.body()).isEqualTo(got.body());
        }

        @Test
        void refusesAnotherMediaType() throws Exception {
            assertThat(post("application/json", "{\"verb\":\"Identify\"}").statusCode()).isEqualTo(415);
        }

        @Test
        void refusesAnOverlongForm() throws Exception {
            HttpResponse<byte[]> response = post("application/x-www-form-urlencoded",
                    "verb=Identify&x=" + "a".repeat(OaiHttpHandler.MAX_FORM_BYTES));

            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void answersOnlyAtTheBaseUrlsPath() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/more?verb=Identify")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void refusesOtherMethods() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "?verb=Identify"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
    }
}
