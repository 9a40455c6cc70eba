package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the XML writer writes, byte for byte, and the text it refuses because XML 1.0 cannot carry it. */
class XmlWriterTest {

    static final String PROLOG = "<?xml version='1.0' encoding='UTF-8'?>\n";
    static final String ROOT_ATTRIBUTES = " xmlns=\"" + XmlFormat.NAMESPACE
            + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"1.0\"";
    static final String EMPTY_CATALOGUE =
            PROLOG + "<catalogue" + ROOT_ATTRIBUTES + "><reports>\n</reports></catalogue>\n";

    /** An output that records being closed, and can fail to write. */
    static final class Output extends OutputStream {
        int closes;
        private final boolean failToWrite;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output(boolean failToWrite) {
            this.failToWrite = failToWrite;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failToWrite) {
                throw new IOException("disk full");
            }
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            closes++;
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    static Report minimal(String id) {
        return Report.builder(id).build();
    }

    static String reportContent(String id) {
        return "<id>" + id + "</id><type>research-report</type>";
    }

    @Nested
    class Documents {

        @Test
        void nothingWrittenIsAnEmptyCatalogue() {
            Output out = new Output(false);
            XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT).close();
            assertThat(out.text()).isEqualTo(EMPTY_CATALOGUE);
        }

        @Test
        void oneReportIsAReportDocument() {
            Output out = new Output(false);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.write(minimal("a"));
            assertThat(out.text()).isEmpty();
            writer.close();
            assertThat(out.text()).isEqualTo(PROLOG + "<report" + ROOT_ATTRIBUTES + ">" + reportContent("a")
                    + "</report>\n");
        }

        @Test
        void twoReportsAreAHeaderlessCatalogue() {
            Output out = new Output(false);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.write(minimal("a"));
            writer.write(minimal("b"));
            writer.write(minimal("c"));
            writer.close();
            assertThat(out.text()).isEqualTo(PROLOG + "<catalogue" + ROOT_ATTRIBUTES + "><reports>\n<report>"
                    + reportContent("a") + "</report>\n<report>" + reportContent("b") + "</report>\n<report>"
                    + reportContent("c") + "</report>\n</reports></catalogue>\n");
        }

        @Test
        void aHeaderIsWrittenBeforeTheReports() {
            Output out = new Output(false);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.writeHeader(new CatalogueHeader(CatalogueId.of("c"), List.of(LocalizedText.of("T", "en")),
                    Organization.of("P"), PartialDate.of(2020), PartialDate.of(2021, 2)));
            writer.write(minimal("a"));
            writer.close();
            assertThat(out.text()).isEqualTo(PROLOG + "<catalogue" + ROOT_ATTRIBUTES + "><id>c</id><titles><title>"
                    + "<text>T</text><language>en</language></title></titles><publisher><name>P</name></publisher>"
                    + "<issued>2020</issued><updated>2021-02</updated><reports>\n<report>" + reportContent("a")
                    + "</report>\n</reports></catalogue>\n");
        }

        @Test
        void closingClosesTheOutputOnce() {
            Output out = new Output(false);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.close();
            writer.close();
            assertThat(out.closes).isEqualTo(1);
            assertThat(out.text()).isEqualTo(EMPTY_CATALOGUE);
            assertThatThrownBy(() -> writer.write(minimal("a"))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the writer is closed");
        }

        @Test
        void aWriteFailureIsUncheckedAndStillClosesTheOutput() {
            Output out = new Output(true);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.write(minimal("a"));
            Throwable t = catchThrowable(writer::close);
            assertThat(t).isInstanceOf(UncheckedIOException.class).cause().isInstanceOf(IOException.class)
                    .hasMessage("disk full").hasNoCause();
            assertThat(out.closes).isEqualTo(1);
        }
    }

    /** A field of a report that holds text, by its pointer, and a report with a given text in it. */
    static Stream<Arguments> textFields() {
        Organization org = Organization.of("Org");
        return Stream.of(
                field("/titles/1/text", t -> b().title(LocalizedText.of("ok")).title(LocalizedText.of(t))),
                field("/number/series", t -> b().number(new ReportNumber(t, "1", "No. 1", null))),
                field("/number/number", t -> b().number(new ReportNumber("S", t, "No. " + t, null))),
                field("/number/raw", t -> b().number(new ReportNumber("S", "1", t + "1", null))),
                field("/authors/1/agent/name/family", t -> person(new PersonName(t, "G", null, null,
                        NameOrder.GIVEN_FIRST, null, null))),
                field("/authors/1/agent/name/given", t -> person(new PersonName("F", t, null, null,
                        NameOrder.GIVEN_FIRST, null, null))),
                field("/authors/1/agent/name/particle", t -> person(new PersonName("F", "G", t, null,
                        NameOrder.GIVEN_FIRST, null, null))),
                field("/authors/1/agent/name/suffix", t -> person(new PersonName("F", "G", null, t,
                        NameOrder.GIVEN_FIRST, null, null))),
                field("/authors/1/agent/name/literal", t -> person(PersonName.literal(t))),
                field("/authors/1/agent/name/original/text", t -> person(new PersonName("F", "G", null, null,
                        NameOrder.GIVEN_FIRST, null, LocalizedText.of(t)))),
                field("/authors/1/agent/affiliations/1/name", t -> affiliated(Organization.of(t))),
                field("/authors/1/agent/affiliations/1/acronym", t -> affiliated(Organization.of("O", t))),
                field("/authors/1/agent/affiliations/1/parent/parent/name",
                        t -> affiliated(org.withParent(org.withParent(Organization.of(t))))),
                field("/authors/1/agent/name", t -> team(Organization.of(t))),
                field("/authors/1/agent/acronym", t -> team(Organization.of("O", t))),
                field("/authors/1/agent/parent/acronym", t -> team(org.withParent(Organization.of("O", t)))),
                field("/publisher/name", t -> b().publisher(Organization.of(t))),
                field("/publisher/acronym", t -> b().publisher(Organization.of("O", t))),
                field("/publisher/parent/name", t -> b().publisher(org.withParent(Organization.of(t)))),
                field("/abstracts/1/text", t -> b().abstractText(LocalizedText.of("ok"))
                        .abstractText(LocalizedText.of(t))),
                field("/keywords/1/term", t -> b().keyword(Keyword.of("ok")).keyword(Keyword.of(t))),
                field("/keywords/1/vocabulary", t -> b().keyword(Keyword.of("ok"))
                        .keyword(new Keyword("k", null, t))),
                field("/identifiers/1/value", t -> b().identifier(new LocalIdentifier("ok"))
                        .identifier(new LocalIdentifier(t))),
                field("/rights", t -> b().rights(t)),
                field("/relations/1/target/value", t -> b()
                        .relation(new Relation(RelationType.values()[0], new LocalIdentifier("ok")))
                        .relation(new Relation(RelationType.values()[0], new LocalIdentifier(t)))))
                .flatMap(a -> Stream.of(
                        Arguments.of(a.get()[0], a.get()[1], "\u0001x", "U+0001", 0),
                        Arguments.of(a.get()[0], a.get()[1], "x\uFFFE", "U+FFFE", 1)));
    }

    static Report.Builder b() {
        return Report.builder("w");
    }

    static Report.Builder person(PersonName name) {
        return b().author(Author.person(PersonName.literal("First"))).author(Author.person(name));
    }

    static Report.Builder affiliated(Organization affiliation) {
        return b().author(Author.person(PersonName.literal("First"))).author(Author.of(
                Person.of(PersonName.literal("P")).withAffiliations(List.of(Organization.of("A"), affiliation)),
                Role.AUTHOR));
    }

    static Report.Builder team(Organization team) {
        return b().author(Author.person(PersonName.literal("First"))).author(new Author(team,
                Role.RESEARCH_TEAM));
    }

    static Arguments field(String pointer, Function<String, Report.Builder> report) {
        return Arguments.of(pointer, report);
    }

    @ParameterizedTest(name = "{0} holding {3}")
    @MethodSource("textFields")
    void aCharacterXmlCannotCarryIsRefusedNamingTheField(String pointer, Function<String, Report.Builder> report,
            String text, String character, int index) {
        Report bad = report.apply(text).build();
        Report good = report.apply("fine").build();
        Output out = new Output(false);
        ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
        assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(ReportMetadataException.class)
                .hasMessage("report 'w' cannot be written as XML: " + pointer + " holds " + character + " at index "
                        + index + ", a character XML 1.0 cannot carry; expected text without control characters "
                        + "other than TAB, LF and CR, unpaired surrogates, U+FFFE and U+FFFF");
        writer.write(good);
        writer.close();
        assertThat(XmlTesting.readReports(out.toByteArray(), ReadOptions.of("t.xml")))
                .containsExactly(good);
    }

    @Test
    void anIdXmlCannotCarryIsRefusedQuotedWithoutTheRawControlCharacter() {
        assertThatThrownBy(() -> XmlTesting.write(Report.builder("a\u0001").build()))
                .isInstanceOf(ReportMetadataException.class)
                .hasMessageStartingWith("report 'a\\u0001' cannot be written as XML: /id holds U+0001 at index 1,");
    }

    @Nested
    class TheHeader {

        static Stream<Arguments> headers() {
            Organization publisher = Organization.of("P");
            LocalizedText title = LocalizedText.of("T");
            return Stream.of(
                    Arguments.of("/id", new CatalogueHeader(CatalogueId.of("\u0001c"), List.of(title), null, null,
                            null), "U+0001 at index 0"),
                    Arguments.of("/titles/1/text", new CatalogueHeader(CatalogueId.of("c"),
                            List.of(title, LocalizedText.of("x\u0002")), null, null, null), "U+0002 at index 1"),
                    Arguments.of("/publisher/name", new CatalogueHeader(CatalogueId.of("c"), List.of(title),
                            Organization.of("x\u0002"), null, null), "U+0002 at index 1"),
                    Arguments.of("/publisher/parent/acronym", new CatalogueHeader(CatalogueId.of("c"),
                            List.of(title), publisher.withParent(Organization.of("O", "\uFFFF")), null, null),
                            "U+FFFF at index 0"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("headers")
        void withACharacterXmlCannotCarryIsRefusedBeforeAnythingIsWritten(String pointer, CatalogueHeader header,
                String character) {
            Output out = new Output(false);
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            assertThatThrownBy(() -> writer.writeHeader(header)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageStartingWith("catalogue header cannot be written as XML: " + pointer + " holds "
                            + character + ", a character XML 1.0 cannot carry;");
            writer.close();
            assertThat(out.text()).isEqualTo(EMPTY_CATALOGUE);
        }
    }
}
