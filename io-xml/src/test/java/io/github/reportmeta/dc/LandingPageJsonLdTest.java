package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.testing.SeedRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD part of {@code dc-html}: absent here, where the {@code schema-org} format (io-registry) is not on the
 * path, and escaped so that no value ends the script. io-registry's tests check the page with the JSON-LD in it.
 */
class LandingPageJsonLdTest {

    @Nested
    class WithoutTheSchemaOrgFormat {

        @Test
        void findsNoJsonLdWriter() {
            assertThat(LandingPageJsonLd.find()).isEmpty();
        }

        @Test
        void dcHtmlStillWritesTheMetaTagsAndNoScript() {
            String html = DcTesting.write(new DcHtmlFormat(), SeedRecord.report()).text();

            assertThat(html).contains("<meta name=\"citation_technical_report_number\" content=\"215\">")
                    .doesNotContain("<script");
        }
    }

    @Nested
    class ScriptSafety {

        @Test
        void escapesWhatCouldEndTheScriptOrOpenAComment() {
            String json = "{\"name\": \"</script><script>alert(1)</script> <!-- a & b \u2028\u2029\"}";

            assertThat(LandingPageJsonLd.scriptSafe(json)).isEqualTo("{\"name\": \"\\u003c/script\\u003e\\u003cscript"
                    + "\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- a \\u0026 b \\u2028\\u2029\"}");
        }

        @Test
        void leavesOtherTextAsItIs() {
            String json = "{\"name\": \"Long Haibo \u9f99\u6d77\u6ce2 \\\"quoted\\\"\"}";

            assertThat(LandingPageJsonLd.scriptSafe(json)).isEqualTo(json);
        }
    }
}
