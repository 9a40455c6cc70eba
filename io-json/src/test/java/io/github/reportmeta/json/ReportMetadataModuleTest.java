package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.Role;
import io.github.reportmeta.json.databind.ReportMetadataModule;
import io.github.reportmeta.testing.RandomReports;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class ReportMetadataModuleTest {

    /** A user's own class that embeds model types. */
    public record Envelope(String source, List<Report> reports, PartialDate received, Role role) {}

    private final JsonMapper mapper = JsonMapper.builder().addModule(new ReportMetadataModule()).build();

    @Nested
    class Embedding {

        @Test
        void roundTripsModelValuesInsideAUsersRecord() {
            RandomReports random = RandomReports.fromEnvironment();
            Envelope envelope = new Envelope("harvest", random.reports(300), PartialDate.parse("2024-05"), Role.RESEARCH_TEAM);

            String json = mapper.writeValueAsString(envelope);

            assertThat(mapper.readValue(json, Envelope.class)).as("seed %d", random.seed()).isEqualTo(envelope);
            assertThat(json).contains("\"received\":\"2024-05\"", "\"role\":\"research-team\"");
        }

        @Test
        void writesAReportExactlyAsTheJsonLinesFormatDoes() {
            Report report = FullReport.report();
            String line = Json.text(Json.write(Json.JSONL, null, List.of(report)));

            assertThat(mapper.writeValueAsString(report) + "\n").isEqualTo(line);
        }

        @Test
        void readsStrictly() {
            assertThatThrownBy(() -> mapper.readValue("{\"id\":\"r\",\"type\":\"book\",\"colour\":1}", Report.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageContaining("unknown property 'colour'");
            assertThatThrownBy(() -> mapper.readValue("\"2018-02-30\"", PartialDate.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageContaining("2018-02 has 28 days");
        }
    }

    @Nested
    class Discovery {

        @Test
        void isFoundByFindAndAddModulesOnTheClassPath() {
            JsonMapper found = JsonMapper.builder().findAndAddModules().build();

            assertThat(found.registeredModules()).hasAtLeastOneElementOfType(ReportMetadataModule.class);
            assertThat(found.writeValueAsString(PartialDate.parse("2024-05"))).isEqualTo("\"2024-05\"");
        }

        @Test
        void isListedOnceAmongTheServiceProviders() {
            assertThat(MapperBuilder.findModules())
                    .filteredOn(module -> module instanceof ReportMetadataModule)
                    .hasSize(1);
        }

        @Test
        void registersOnceWhenAddedByHandAndFoundAgain() {
            JsonMapper both = JsonMapper.builder().addModule(new ReportMetadataModule()).findAndAddModules().build();

            assertThat(both.registeredModules()).filteredOn(module -> module instanceof ReportMetadataModule).hasSize(1);
        }
    }

    @Nested
    class Versioning {

        @Test
        void carriesTheVersionOfTheBuild() {
            String built = System.getProperty("reportmeta.project.version");
            assertThat(built).as("the pom's version, which surefire passes as reportmeta.project.version").isNotBlank();

            Version version = new ReportMetadataModule().version();

            assertThat(version.toString()).isEqualTo(built);
            assertThat(version.getGroupId()).isEqualTo("io.github.reportmeta");
            assertThat(version.getArtifactId()).isEqualTo("reportmeta-io-json");
        }

        @Test
        void isNotTheUnknownVersion() {
            JacksonModule module = new ReportMetadataModule();

            assertThat(module.version().isUnknownVersion()).isFalse();
        }
    }

    @Nested
    class HeadersAndMessages {

        @Test
        void isNamedReportmeta() {
            assertThat(new ReportMetadataModule().getModuleName()).isEqualTo("reportmeta");
        }

        @Test
        void roundTripsACatalogueHeader() {
            CatalogueHeader header = FullReport.header();
            String json = mapper.writeValueAsString(header);

            assertThat(json).startsWith("{\"id\":\"drc-reports\",\"titles\":[");
            assertThat(mapper.readValue(json, CatalogueHeader.class)).isEqualTo(header);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{}", "{\"titles\":[]}"})
        void refusesAHeaderWithoutAnId(String json) {
            assertThatThrownBy(() -> mapper.readValue(json, CatalogueHeader.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageStartingWith("a catalogue header needs the property 'id'");
        }

        @Test
        void refusesAHeaderThatIsNotAnObject() {
            assertThatThrownBy(() -> mapper.readValue("[]", CatalogueHeader.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageStartingWith("expected a catalogue header");
        }

        @Test
        void namesWhereInTheValueAProblemIs() {
            String nested = "{\"id\":\"r\",\"type\":\"book\",\"authors\":[{\"agent\":{\"type\":\"organization\","
                    + "\"name\":\"O\",\"colour\":1},\"role\":\"author\"}]}";

            assertThatThrownBy(() -> mapper.readValue(nested, Report.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageStartingWith("unknown property 'colour'; expected one of type, name, acronym, parent, ror, "
                            + "isni (at /authors/0/agent/colour within the value)");
            assertThatThrownBy(() -> mapper.readValue("\"2018-02-30\"", PartialDate.class))
                    .isInstanceOf(JacksonException.class)
                    .hasMessageStartingWith("date must exist in the calendar (2018-02 has 28 days), but was '2018-02-30'")
                    .hasMessageNotContaining("within the value");
        }
    }
}
