package io.github.reportmeta.registry.crossref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Handle;
import io.github.reportmeta.Isbn;
import io.github.reportmeta.Issn;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Orcid;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.LossyConversionException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrossrefFormatTest {

    static Report seed() {
        return CrossrefTesting.registrable(SeedRecord.report());
    }

    static List<String> pointers(CrossrefTesting.Written w) {
        return w.notes().stream().map(ConversionNote::pointer).toList();
    }

    @Nested
    class Registration {

        @Test
        void isFoundByNameAndIsWriteOnly() {
            FormatRegistry formats = FormatRegistry.load();

            assertThat(formats.expect("crossref")).isInstanceOf(CrossrefFormat.class);
            assertThat(new CrossrefFormat().canRead()).isFalse();
            assertThat(new CrossrefFormat().canWrite()).isTrue();
        }
    }

    @Nested
    class Settings {

        @Test
        void aWriteWithoutTheDepositorIsRefusedNamingTheMissingSettings() {
            assertThatThrownBy(() -> new CrossrefFormat().newWriter(new ByteArrayOutputStream(), WriteOptions.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.depositor.name, crossref.depositor.email, crossref.registrant")
                    .hasMessageContaining("--set");
        }

        @Test
        void aWriteWithoutOnlyTheEmailNamesThatSettingAlone() {
            WriteOptions options = WriteOptions.DEFAULT.with(CrossrefFormat.DEPOSITOR_NAME, "DRC")
                    .with(CrossrefFormat.REGISTRANT, "DRC");

            assertThatThrownBy(() -> new CrossrefFormat().newWriter(new ByteArrayOutputStream(), options))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("format crossref needs the setting crossref.depositor.email ");
        }

        @Test
        void anUnknownCrossrefSettingIsRefusedListingTheKnownOnes() {
            WriteOptions options = CrossrefTesting.SETTINGS.with("crossref.depositer.name", "typo");

            assertThatThrownBy(() -> new CrossrefFormat().newWriter(new ByteArrayOutputStream(), options))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.depositer.name").hasMessageContaining(CrossrefFormat.BATCH_ID);
        }

        @Test
        void settingsOfOtherFormatsAreIgnored() {
            WriteOptions options = CrossrefTesting.SETTINGS.with("datacite.prefix", "10.5555");

            assertThat(CrossrefTesting.write(null, List.of(seed()), options).text()).contains("<doi_batch ");
        }

        @Test
        void theHeadTakesTheDepositorRegistrantBatchIdAndTimestampGiven() {
            WriteOptions options = CrossrefTesting.SETTINGS.with(CrossrefFormat.BATCH_ID, "drc-2018-12");

            assertThat(CrossrefTesting.write(null, List.of(seed()), options).text())
                    .contains("<doi_batch_id>drc-2018-12</doi_batch_id>\n    <timestamp>20181210093000000</timestamp>\n"
                            + "    <depositor>\n      <depositor_name>Development Research Center</depositor_name>\n"
                            + "      <email_address>deposits@drc.example.org</email_address>\n    </depositor>\n"
                            + "    <registrant>Development Research Center of the State Council</registrant>");
        }

        @Test
        void withoutAGivenTimestampTheClockGivesItAndTheBatchIdFollows() {
            WriteOptions options = WriteOptions.DEFAULT.with(CrossrefFormat.DEPOSITOR_NAME, "DRC")
                    .with(CrossrefFormat.DEPOSITOR_EMAIL, "a@drc.example.org").with(CrossrefFormat.REGISTRANT, "DRC");
            Clock clock = Clock.fixed(Instant.parse("2026-12-04T03:40:05.123Z"), ZoneOffset.UTC);

            CrossrefHead head = CrossrefHead.of(options, clock);

            assertThat(head.timestamp()).isEqualTo("20261204034005123");
            assertThat(head.batchId()).isEqualTo("reportmeta-20261204034005123");
        }

        @Test
        void aTimestampThatIsNotDigitsIsRefused() {
            WriteOptions options = CrossrefTesting.SETTINGS.with(CrossrefFormat.TIMESTAMP, "2018-12-10");

            assertThatThrownBy(() -> CrossrefHead.of(options))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.timestamp").hasMessageContaining("'2018-12-10'");
        }

        @Test
        void aValueOutsideTheSchemasLengthsIsRefusedNamingTheSetting() {
            assertThatThrownBy(() -> CrossrefHead.of(CrossrefTesting.SETTINGS.with(CrossrefFormat.DEPOSITOR_EMAIL, "a@b")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.depositor.email").hasMessageContaining("6 to 200 characters");
            assertThatThrownBy(() -> CrossrefHead.of(CrossrefTesting.SETTINGS.with(CrossrefFormat.BATCH_ID, "abc")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 to 100 characters");
        }

        @Test
        void aControlCharacterInASettingIsRefusedAndNotQuotedRaw() {
            assertThatThrownBy(() -> CrossrefHead.of(CrossrefTesting.SETTINGS.with(CrossrefFormat.REGISTRANT, "DRC\u0007")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.registrant").message().doesNotContain("\u0007");
        }
    }

    @Nested
    class Refusals {

        @Test
        void aReportWithoutADoiIsRefusedNamingTheReportAndTheField() {
            Report noDoi = SeedRecord.report().toBuilder().landingPage(Url.parse("https://drc.example.org/215")).build();

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(noDoi)))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageStartingWith("report 'drc-2018-215' cannot be written as crossref: /identifiers has no DOI");
        }

        @Test
        void aReportWithoutALandingPageIsRefusedNamingTheField() {
            Report noPage = SeedRecord.report().toBuilder().identifier(Doi.parse("10.5555/215")).build();

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(noPage)))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("cannot be written as crossref: /landingPage is missing");
        }

        @Test
        void aDoiCrossrefDoesNotTakeIsRefusedNamingItsIndex() {
            Report shortPrefix = SeedRecord.report().toBuilder().identifier(Isbn.parse("978-7-5177-1234-2"))
                    .identifier(Doi.parse("10.123/x")).landingPage(Url.parse("https://drc.example.org/215")).build();

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(shortPrefix)))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("/identifiers/1 is DOI '10.123/x'");
        }

        @Test
        void aReportWithoutAPublicationDateIsRefused() {
            Report undated = seed().withIssued(null);

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(undated)))
                    .isInstanceOf(ReportMetadataException.class).hasMessageContaining("/issued is missing");
            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(seed().withIssued(PartialDate.of(1399)))))
                    .isInstanceOf(ReportMetadataException.class).hasMessageContaining("from 1400 to 2200");
        }

        @Test
        void aRefusedReportLeavesNothingWrittenAndNoNotes() {
            List<ConversionNote> notes = new java.util.ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWriter writer = new CrossrefFormat().newWriter(out, CrossrefTesting.SETTINGS.withListener(notes::add));

            assertThatThrownBy(() -> writer.write(SeedRecord.report())).isInstanceOf(ReportMetadataException.class);
            assertThat(out.size()).isZero();
            assertThat(notes).isEmpty();
            writer.abort();
        }

        @Test
        void aTextXmlCannotCarryIsRefusedNamingItsField() {
            Report bell = seed().withTitles(List.of(LocalizedText.of("ring \u0007", LanguageTag.ENGLISH)));

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(bell)))
                    .isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("/titles/0/text").message().doesNotContain("\u0007");
        }

        @Test
        void aLosslessWriteIsRefusedAtTheFirstLoss() {
            WriteOptions lossless = new WriteOptions(true, n -> {}, CrossrefTesting.SETTINGS.settings());

            assertThatThrownBy(() -> CrossrefTesting.write(null, List.of(seed()), lossless))
                    .isInstanceOf(LossyConversionException.class);
        }
    }

    @Nested
    class Mapping {

        @Test
        void aSeriesWithAnIssnIsWrittenAsSeriesMetadata() {
            Report r = seed().toBuilder().identifier(Issn.parse("2049-3630")).build();

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(w.text()).contains("<report-paper_series_metadata language=\"en\">\n        <series_metadata>\n"
                    + "          <titles>\n            <title>Research Report</title>\n          </titles>\n"
                    + "          <issn>2049-3630</issn>\n        </series_metadata>");
            assertThat(pointers(w)).doesNotContain("/identifiers/1");
        }

        @Test
        void anIssnWithoutASeriesIsLost() {
            Report r = seed().toBuilder().number(null).identifier(Issn.parse("2049-3630")).build();

            assertThat(pointers(CrossrefTesting.write(null, List.of(r)))).contains("/identifiers/1");
        }

        @Test
        void aReportNumberTooLongForOneIdentifierLosesItsSeriesAndItsOwnYear() {
            Report r = seed().toBuilder().number(new ReportNumber("S".repeat(300), "7", "No.7", 1999)).build();

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(w.text()).contains("<identifier id_type=\"report-number\">No.7</identifier>");
            assertThat(pointers(w)).contains("/number/series", "/number/year");
        }

        @Test
        void personsKeepOrcidAffiliationsAndNameStyleAndOtherRolesAreNoted() {
            Person ada = Person.of(PersonName.of("Ada", "Lovelace"))
                    .withOrcid(Orcid.parse("0000-0002-1825-0097"))
                    .withAffiliations(List.of(Organization.of("Lab of Engines").withParent(
                            Organization.of("University of London").withIdentifiers(Ror.parse("04cw6st05"), null))));
            Report r = seed().withAuthors(List.of(new Author(ada, Role.SUPERVISOR)));

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(w.text()).contains("<person_name name-style=\"western\" sequence=\"first\" contributor_role=\"author\">\n"
                    + "            <given_name>Ada</given_name>\n            <surname>Lovelace</surname>\n"
                    + "            <affiliations>\n              <institution>\n"
                    + "                <institution_name>University of London</institution_name>\n"
                    + "                <institution_id type=\"ror\">https://ror.org/04cw6st05</institution_id>\n"
                    + "                <institution_department>Lab of Engines</institution_department>\n"
                    + "              </institution>\n            </affiliations>\n"
                    + "            <ORCID>https://orcid.org/0000-0002-1825-0097</ORCID>");
            assertThat(pointers(w)).contains("/authors/0/role");
        }

        @Test
        void aSurnameTheSchemaRefusesLeavesThePersonOutWithANote() {
            Report r = seed().withAuthors(List.of(Author.person(PersonName.literal("???")),
                    Author.person(PersonName.of("Wei", "L".repeat(61))), Author.person(PersonName.of("Wei", "Li"))));

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(pointers(w)).contains("/authors/0/agent/name", "/authors/0/agent/name/literal",
                    "/authors/1/agent/name");
            assertThat(w.text()).doesNotContain("???").doesNotContain("LLL").contains("<surname>Li</surname>")
                    .contains("<person_name name-style=\"western\" sequence=\"first\" contributor_role=\"author\">");
        }

        @Test
        void otherIdentifiersAndASecondDoiAreNotedAndIsbnsWritten() {
            Report r = seed().toBuilder().identifier(Doi.parse("10.5555/second"))
                    .identifier(Handle.parse("20.500.12345/1")).identifier(Isbn.parse("978-7-5177-1234-2")).build();

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(pointers(w)).contains("/identifiers/1", "/identifiers/2").doesNotContain("/identifiers/3");
            assertThat(w.text()).contains("<isbn>9787517712342</isbn>");
        }

        @Test
        void aRegionalLanguageIsWrittenAsItsLanguageWithANote() {
            Report r = seed().toBuilder().language(LanguageTag.parse("en-GB")).build();

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(w.text()).contains("<report-paper_metadata language=\"en\">");
            assertThat(pointers(w)).contains("/language", "/titles/0/language");
        }

        @Test
        void anAbstractLanguageThatXmlLangDoesNotTakeIsNotedAndLeftOut() {
            Report r = seed().toBuilder().abstractText(LocalizedText.of("Zusammenfassung", LanguageTag.parse("deutschland"))).build();

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(w.text()).contains("<jats:abstract>\n          <jats:p>Zusammenfassung</jats:p>");
            assertThat(pointers(w)).contains("/abstracts/1/language");
        }

        @Test
        void anOrganisationWithABlankNameIsLeftOutWithANote() {
            Report r = seed().withAuthors(List.of(Author.researchTeam(Organization.of(" \t ")),
                    Author.person(PersonName.of("Wei", "Li"))));

            CrossrefTesting.Written w = CrossrefTesting.write(null, List.of(r));

            assertThat(pointers(w)).contains("/authors/0/agent");
            assertThat(w.text()).doesNotContain("<organization").contains("sequence=\"first\"");
        }

        @Test
        void aCatalogueHeaderIsNotedAsLost() {
            CrossrefTesting.Written w = CrossrefTesting.write(io.github.reportmeta.synthetic.SyntheticReports.withSeed(1).header(),
                    List.of(seed()));

            assertThat(w.notes()).filteredOn(n -> n.report() == null).extracting(ConversionNote::pointer)
                    .containsExactly("/id", "/titles", "/publisher", "/issued", "/updated");
        }
    }
}
