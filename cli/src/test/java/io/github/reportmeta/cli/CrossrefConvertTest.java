package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Doi;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.SeedRecord;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to crossref} with the depositor and registrant given as {@code --set KEY=VALUE}. */
class CrossrefConvertTest {

    @TempDir
    Path dir;

    Path seedWithDoiAndLandingPage() throws Exception {
        Path file = dir.resolve("seed.json");
        var seed = SeedRecord.report().toBuilder().identifier(Doi.parse("10.5555/drc-2018-215"))
                .landingPage(Url.parse("https://www.drc.gov.cn/reports/215")).build();
        try (OutputStream out = Files.newOutputStream(file);
                ReportWriter writer = FormatRegistry.load().expect("json").newWriter(out, WriteOptions.DEFAULT)) {
            writer.write(seed);
        }
        return file;
    }

    @Nested
    class WithTheSettings {

        @Test
        void writesADepositWithTheHeadFromTheSettings() throws Exception {
            CommandLineRun result = run("convert", seedWithDoiAndLandingPage().toString(), "--to", "crossref",
                    "--set", "crossref.depositor.name=DRC",
                    "--set", "crossref.depositor.email=deposits@drc.example.org",
                    "--set", "crossref.registrant=Development Research Center of the State Council",
                    "--set", "crossref.timestamp=20181210093000000");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out())
                    .contains("<doi_batch_id>reportmeta-20181210093000000</doi_batch_id>")
                    .contains("<depositor_name>DRC</depositor_name>")
                    .contains("<item_number item_number_type=\"report-number\">215</item_number>")
                    .contains("<doi>10.5555/drc-2018-215</doi>");
            assertThat(result.err()).contains("/keywords").contains("/metrics");
        }
    }

    @Nested
    class WithoutThem {

        @Test
        void isAUsageErrorNamingTheMissingSettingsAndWritesNothing() throws Exception {
            Path out = dir.resolve("deposit.xml");

            CommandLineRun result = run("convert", seedWithDoiAndLandingPage().toString(), "--to", "crossref",
                    "--set", "crossref.depositor.name=DRC", "-o", out.toString());

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("crossref.depositor.email, crossref.registrant");
            assertThat(out).doesNotExist();
        }

        @Test
        void aSettingWithoutTheFormatsNamespaceIsAUsageError() throws Exception {
            CommandLineRun result = run("convert", seedWithDoiAndLandingPage().toString(), "--to", "json",
                    "--set", "depositor=DRC");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("'depositor'");
        }
    }
}
