package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.ReadOracle;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the {@code csl-json} format writes for a report, and how it reads CSL-JSON from elsewhere. */
class CslJsonFormatTest {

    static final CslJsonFormat CSL = new CslJsonFormat();

    record Written(String text, List<ConversionNote> notes) {}

    static Written write(Report... reports) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = CSL.newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
            for (Report r : reports) {
                writer.write(r);
            }
        }
        return new Written(out.toString(StandardCharsets.UTF_8), notes);
    }

    record Read(List<Report> reports, List<ConversionNote> notes) {}

    static Read read(String json, boolean lenient) {
        io.github.reportmeta.Catalogue c = CSL.readCatalogue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.of("in.json").withLenient(lenient));
        List<ConversionNote> notes = new ArrayList<>();
        CSL.readCatalogue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.of("in.json").withLenient(lenient).withListener(notes::add));
        return new Read(c.reports(), notes);
    }

    static ReportParseException failure(String json) {
        try {
            read(json, false);
        } catch (ReportParseException e) {
            return e;
        }
        throw new AssertionError("expected a failure to read " + json);
    }

    @Nested
    class TheSeed {

        @Test
        void isWrittenWithItsNumberSeriesInstitutionDateAuthorsAndKeywords() {
            String json = write(SeedRecord.report()).text();

            assertThat(json).contains("\"id\": \"drc-2018-215\"", "\"type\": \"report\"", "\"genre\": \"Research Report\"",
                    "\"number\": \"215\"", "\"collection-title\": \"Research Report\"",
                    "\"publisher\": \"Research Department of Innovation Development, Development Research Center of the State Council\"",
                    "\"family\": \"Long\"", "\"given\": \"Haibo\"", "\"static-ordering\": true",
                    "\"literal\": \"" + SeedRecord.TEAM + "\"",
                    "\"keyword\": \"national defense and hi-tech industries, civil-military integration, form synergy"
                            + " between civil and military industries, experience and enlightenments\"",
                    "\"language\": \"en\"", "\"title\": \"" + SeedRecord.TITLE + "\"");
            assertThat(json.replaceAll("\\s+", "")).contains("\"issued\":{\"date-parts\":[[2018,12,10]]}");
        }

        @Test
        void comesBackWithOnlyTheDocumentedLosses() {
            Report seed = SeedRecord.report();
            Written written = write(seed);

            Report back = read(written.text(), false).reports().get(0);

            assertThat(written.notes()).extracting(ConversionNote::pointer).containsExactlyInAnyOrder(
                    "/number/year", "/authors/0/agent/name/original", "/publisher/parent/acronym", "/metrics/0");
            assertThat(back.number().series()).isEqualTo("Research Report");
            assertThat(back.number().number()).isEqualTo("215");
            assertThat(back.publisher().name()).isEqualTo("Research Department of Innovation Development");
            assertThat(back.publisher().parent().name()).isEqualTo("Development Research Center of the State Council");
            assertThat(back.issued()).isEqualTo(PartialDate.of(2018, 12, 10));
            assertThat(back.authors()).containsExactly(
                    new Author(Person.of(PersonName.familyFirst("Long", "Haibo")), Role.AUTHOR),
                    Author.researchTeam(Organization.of(SeedRecord.TEAM)));
            assertThat(back.keywords()).isEqualTo(seed.keywords());
            assertThat(back.toBuilder().number(seed.number()).authors(seed.authors()).publisher(seed.publisher())
                    .metrics(seed.metrics()).build()).isEqualTo(seed);
        }
    }

    @Nested
    class Writing {

        @Test
        void writesAnArrayEvenForOneReportAndAnEmptyArrayForNone() {
            assertThat(write().text()).isEqualTo("[]\n");
            assertThat(write(Report.builder("r1").build()).text()).startsWith("[").endsWith("]\n");
        }

        @Test
        void writesBooksAndConferencePapersAsTheirOwnTypes() {
            String json = write(Report.builder("b").type(ReportType.BOOK).build(),
                    Report.builder("c").type(ReportType.CONFERENCE_PAPER).build()).text();

            assertThat(json).contains("\"type\": \"book\"", "\"type\": \"paper-conference\"").doesNotContain("genre");
        }

        @Test
        void namesTheLostTitleOfASecondLanguage() {
            Report r = Report.builder("two").title("Title", LanguageTag.ENGLISH).title("标题", LanguageTag.CHINESE)
                    .language(LanguageTag.ENGLISH).build();

            assertThat(write(r).notes()).singleElement().satisfies(n -> {
                assertThat(n.pointer()).isEqualTo("/titles/1");
                assertThat(n.message()).contains("one title");
            });
        }

        @Test
        void refusesAPublisherWhoseJoinedNamesAReaderWouldRefuseAndGoesOn() {
            Report huge = Report.builder("huge").publisher(Organization.of("u".repeat(600_000))
                    .withParent(Organization.of("p".repeat(600_001)))).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = CSL.newWriter(out, WriteOptions.DEFAULT)) {
                assertThatThrownBy(() -> writer.write(huge)).isInstanceOf(io.github.reportmeta.ReportMetadataException.class)
                        .hasMessageContaining("'huge'").hasMessageContaining("/publisher/parent/name")
                        .hasMessageContaining("1200003 characters");
                writer.write(Report.builder("small").build());
            }

            assertThat(read(out.toString(StandardCharsets.UTF_8), false).reports()).extracting(r -> r.id().value())
                    .containsExactly("small");
        }

        @Test
        void refusesALosslessWriteOfTheSeed() {
            ReportWriter writer = CSL.newWriter(new ByteArrayOutputStream(), WriteOptions.LOSSLESS);

            assertThatThrownBy(() -> writer.write(SeedRecord.report()))
                    .isInstanceOf(io.github.reportmeta.format.LossyConversionException.class);
            writer.close();
        }
    }

    @Nested
    class ReadingOtherItems {

        @Test
        void readsASingleItemObject() {
            Read read = read("{\"id\": \"x\", \"type\": \"report\", \"title\": \"T\", \"number\": 7,"
                    + " \"collection-title\": \"Working Papers\"}", false);

            assertThat(read.reports()).singleElement().satisfies(r -> {
                assertThat(r.number().number()).isEqualTo("7");
                assertThat(r.number().series()).isEqualTo("Working Papers");
            });
        }

        @Test
        void readsAJournalArticleWithANoteNamingItsType() {
            Read read = read("[{\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"T\","
                    + " \"container-title\": \"The Journal\", \"volume\": \"5\"}]", false);

            assertThat(read.reports().get(0).type()).isEqualTo(ReportType.ARTICLE);
            assertThat(read.notes()).extracting(ConversionNote::message).anyMatch(m -> m.contains("type 'article-journal'"))
                    .anyMatch(m -> m.contains("container-title 'The Journal' is not kept"))
                    .anyMatch(m -> m.contains("volume '5' is not kept"));
        }

        @Test
        void readsParticlesSuffixAndAFamilyFirstName() {
            Read read = read("[{\"id\": \"n\", \"type\": \"report\", \"author\": [{\"family\": \"Beethoven\","
                    + " \"given\": \"Ludwig\", \"dropping-particle\": \"van\", \"suffix\": \"Jr.\"},"
                    + " {\"family\": \"Long\", \"given\": \"Haibo\", \"static-ordering\": true}]}]", false);

            List<Author> authors = read.reports().get(0).authors();
            PersonName first = ((Person) authors.get(0).agent()).name();
            assertThat(first.particle()).isEqualTo("van");
            assertThat(first.suffix()).isEqualTo("Jr.");
            assertThat(((Person) authors.get(1).agent()).name().order()).isEqualTo(NameOrder.FAMILY_FIRST);
        }

        @Test
        void takesACollectionNumberAsTheNumberWhenThereIsNoOther() {
            Read read = read("[{\"id\": \"s\", \"type\": \"book\", \"collection-title\": \"Good Series\","
                    + " \"collection-number\": \"6\"}]", false);

            assertThat(read.reports().get(0).number().toString()).isEqualTo("Good Series, No.6");
        }

        @Test
        void notesTheEndOfADateRangeAndASeason() {
            Read read = read("[{\"id\": \"d\", \"type\": \"report\", \"issued\": {\"date-parts\": [[2018, 3], [2018, 5]],"
                    + " \"season\": \"Spring\"}}]", false);

            assertThat(read.reports().get(0).issued()).isEqualTo(PartialDate.of(2018, 3));
            assertThat(read.notes()).extracting(ConversionNote::message)
                    .anyMatch(m -> m.contains("issued date-parts end '2018; 5'"))
                    .anyMatch(m -> m.contains("season 'Spring'"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void anUnknownPropertyFailsAStrictReadWithItsLocationAndPointer() {
            ReportParseException e = failure("[\n  {\"id\": \"x\", \"type\": \"report\",\n   \"colour\": \"red\"}\n]");

            assertThat(e.problem()).contains("unknown property 'colour'");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isEqualTo(4);
            assertThat(e.pointer()).isEqualTo("/0/colour");
        }

        @Test
        void anUnknownPropertyIsAWarningWhenLenient() {
            Read read = read("[{\"id\": \"x\", \"type\": \"report\", \"colour\": \"red\"}]", true);

            assertThat(read.reports()).hasSize(1);
            assertThat(read.notes()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.message()).contains("colour");
            });
        }

        @Test
        void aDateWithAThirteenthMonthSaysWhere() {
            ReportParseException e = failure("[{\"id\": \"x\", \"type\": \"report\", \"issued\": {\"date-parts\": [[2018, 13]]}}]");

            assertThat(e.problem()).contains("issued").contains("month");
            assertThat(e.pointer()).isEqualTo("/0/issued/date-parts/0");
        }

        @Test
        void aNameThatIsNotAnObjectIsRefused() {
            ReportParseException e = failure("[{\"id\": \"x\", \"type\": \"report\", \"author\": [\"Jane Smith\"]}]");

            assertThat(e.problem()).contains("a name must be an object");
            assertThat(e.pointer()).isEqualTo("/0/author/0");
        }

        @Test
        void anItemWithoutAnIdIsRefused() {
            assertThat(failure("[{\"type\": \"report\"}]").problem()).contains("no id");
        }

        @Test
        void controlCharactersOfTheInputAreEscapedInMessages() {
            ReportParseException e = failure("[{\"id\": \"x\", \"type\": \"report\", \"language\": \"e\\u001b[31mn\"}]");

            ReadOracle.assertPrintable(e, "csl-json");
            assertThat(e.getMessage()).contains("\\u001B");
        }

        @Test
        void trailingContentAndEmptyInputAreRefused() {
            assertThat(failure("[] []").problem()).contains("trailing content");
            assertThat(failure("").problem()).contains("empty input");
            assertThat(failure("42").problem()).contains("expected a JSON array");
        }

        @Test
        void anItemLargerThanTheLimitIsRefused() {
            String big = "[{\"id\": \"x\", \"type\": \"report\", \"abstract\": \"" + "a".repeat(5000) + "\"}]";

            assertThatThrownBy(() -> CSL.readCatalogue(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
                    ReadOptions.of("big.json").withMaxReportBytes(1000)))
                    .isInstanceOf(ReportParseException.class).hasMessageContaining("larger than 1000 bytes");
        }

        @Test
        void malformedJsonSaysWhere() {
            ReportParseException e = failure("[{\"id\": \"x\",\n \"type\": }]");

            assertThat(e.location().line()).isEqualTo(2);
        }
    }

    @Nested
    class Detecting {

        @Test
        void findsCslJsonByItsVariablesAndNotCanonicalJson() {
            FormatRegistry formats = FormatRegistry.load();
            byte[] csl = "[{\"id\": \"x\", \"type\": \"report\", \"issued\": {\"date-parts\": [[2018]]}}]"
                    .getBytes(StandardCharsets.UTF_8);

            assertThat(CSL.detect(csl).strength()).isEqualTo(Detection.Strength.LIKELY);
            assertThat(CSL.detect("{\"format\": \"reportmeta-report\"}".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Detection.NONE);
            assertThat(formats.find("csl-json")).containsInstanceOf(CslJsonFormat.class);
        }
    }
}
