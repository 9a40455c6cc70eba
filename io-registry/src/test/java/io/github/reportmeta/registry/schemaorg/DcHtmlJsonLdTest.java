package io.github.reportmeta.registry.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.dc.DcHtmlFormat;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code dc-html} with the {@code schema-org} format on the path: the page's head carries the same JSON-LD. */
class DcHtmlJsonLdTest {

    private static final Pattern SCRIPT =
            Pattern.compile("<script type=\"application/ld\\+json\">\n(.*?)</script>\n", Pattern.DOTALL);

    static String page(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new DcHtmlFormat().newWriter(out, WriteOptions.DEFAULT)) {
            writer.write(r);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String script(String page) {
        Matcher m = SCRIPT.matcher(page);
        assertThat(m.find()).as("a JSON-LD script in %s", page).isTrue();
        return m.group(1);
    }

    @Nested
    class TheSeedsLandingPage {

        @Test
        void carriesTheJsonLdOfTheSchemaOrgFormatAfterTheMetaTags() {
            Report seed = SchemaOrgRoundTripTest.seed();
            String page = page(seed);
            String json = script(page);

            assertThat(page.indexOf("<script")).isGreaterThan(page.lastIndexOf("<meta "));
            assertThat(json).isEqualTo(SchemaOrgTesting.write(java.util.List.of(seed)).text());
            assertThat(SchemaOrgTesting.read(json, ReadOptions.of("page")).reports()).containsExactly(seed);
        }
    }

    @Nested
    class AHostileTitle {

        static final String TITLE = "</script><script>alert(1)</script> <!-- & > \u2028 \u2029 end";

        @Test
        void cannotEndTheScriptOrOpenAComment() {
            Report r = Report.builder("hostile").title(LocalizedText.of(TITLE)).build();
            String page = page(r);
            String json = script(page);

            assertThat(page).containsOnlyOnce("</script>").containsOnlyOnce("<script").doesNotContain("<!--");
            assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                    .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
            assertThat(SchemaOrgTesting.schemaErrors(json)).isEmpty();
        }

        @Test
        void readsBackAsTheSameTitle() {
            Report r = Report.builder("hostile").title(LocalizedText.of(TITLE)).build();
            String json = script(page(r));

            assertThat(SchemaOrgTesting.read(json, ReadOptions.of("page")).reports())
                    .singleElement().extracting(Report::mainTitle).isEqualTo(LocalizedText.of(TITLE));
        }
    }
}
