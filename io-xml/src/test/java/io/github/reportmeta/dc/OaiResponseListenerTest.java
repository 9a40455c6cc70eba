package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link OaiDcFormat#openResponse}: what a harvester learns of a response besides its records. */
class OaiResponseListenerTest {

    private static final String REAL = "/fixtures/oai_dc/real/";

    /** Records every call. */
    private static final class Recording implements OaiResponseListener {
        final List<String> headers = new ArrayList<>();
        final List<String> tokens = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void header(@Nullable String identifier, @Nullable String datestamp, boolean deleted) {
            headers.add(identifier + " " + datestamp + (deleted ? " deleted" : ""));
        }

        @Override
        public void resumptionToken(String token, @Nullable String completeListSize, @Nullable String cursor) {
            tokens.add(token + " " + completeListSize + " " + cursor);
        }

        @Override
        public void error(String code, String message) {
            errors.add(code + ": " + message);
        }
    }

    private static List<Report> read(InputStream in, Recording listener) {
        List<Report> reports = new ArrayList<>();
        try (ReportReader reader = new OaiDcFormat().openResponse(in,
                ReadOptions.of("page").withLenient(true), listener)) {
            reader.forEachRemaining(reports::add);
        }
        return reports;
    }

    private static InputStream real(String name) {
        return Objects.requireNonNull(OaiResponseListenerTest.class.getResourceAsStream(REAL + name), name);
    }

    @Nested
    class RealResponses {

        @Test
        void tellsTheResumptionTokenWithItsAttributes() throws IOException {
            Recording listener = new Recording();
            try (InputStream in = real("bnf-gallica-listrecords-2015.xml")) {
                assertThat(read(in, listener)).hasSize(1);
            }
            assertThat(listener.tokens).containsExactly("1!53691!20513471!2505879!100!2402263!oai_dc 2402263 0");
            assertThat(listener.headers).containsExactly("oai:bnf.fr:gallica/ark:/12148/bpt6k5440618t 2010-06-09");
        }

        @Test
        void tellsEveryHeaderIncludingDeletedOnesThatYieldNoReport() throws IOException {
            Recording listener = new Recording();
            List<Report> reports;
            try (InputStream in = real("eur-dspace-listrecords-2004.xml")) {
                reports = read(in, listener);
            }
            assertThat(listener.headers).hasSize(81)
                    .contains("hdl:1765/1160 2004-02-16T13:29:54Z deleted", "hdl:1765/1159 2004-02-17T10:32:17Z");
            assertThat(listener.headers.stream().filter(h -> h.endsWith(" deleted"))).hasSize(2);
            assertThat(reports).hasSize(79);
            assertThat(listener.tokens).isEmpty();
        }
    }

    @Nested
    class Errors {

        private InputStream error(String code, String text) {
            return new ByteArrayInputStream(("<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'>"
                    + "<responseDate>2024-01-01T00:00:00Z</responseDate><request>http://x/oai</request>"
                    + "<error code='" + code + "'>" + text + "</error></OAI-PMH>").getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void tellsNoRecordsMatchAndReadsNoReport() {
            Recording listener = new Recording();
            assertThat(read(error("noRecordsMatch", " none "), listener)).isEmpty();
            assertThat(listener.errors).containsExactly("noRecordsMatch: none");
        }

        @Test
        void tellsAnotherErrorBeforeTheReadFails() {
            Recording listener = new Recording();
            assertThatThrownBy(() -> read(error("badResumptionToken", "expired"), listener))
                    .isInstanceOf(ReportParseException.class).hasMessageContaining("badResumptionToken");
            assertThat(listener.errors).containsExactly("badResumptionToken: expired");
        }
    }

    @Test
    void readsTheSameReportsAsTheFormatsOwnReader() throws IOException {
        List<Report> direct = new ArrayList<>();
        try (ReportReader reader = new OaiDcFormat().newReader(real("eur-dspace-listrecords-2004.xml"),
                ReadOptions.of("page").withLenient(true))) {
            reader.forEachRemaining(direct::add);
        }
        try (InputStream in = real("eur-dspace-listrecords-2004.xml")) {
            assertThat(read(in, new Recording())).isEqualTo(direct);
        }
    }
}
