package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlUntrustedInputTest {

    private static final String MINIMAL = "<id>a</id><type>other</type>";

    static ReportParseException parseFailure(ThrowingCallable read) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(read);
        assertThat(t).isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    static ReportParseException failureOf(String document) {
        return parseFailure(() -> XmlTesting.readReports(document));
    }

    static ReportParseException failureOf(byte[] document) {
        return parseFailure(() -> XmlTesting.readReports(document, ReadOptions.of("test.xml")));
    }

    @Nested
    class DocumentTypeDeclarations {

        @Test
        void aDoctypeIsAnErrorThatNamesItsLine() {
            String doc = "<?xml version=\"1.0\"?>\n\n<!DOCTYPE report>\n" + XmlTesting.reportDocument(MINIMAL)
                    .replaceFirst("<\\?xml[^>]*>\n", "");
            ReportParseException e = failureOf(doc);
            assertThat(e.problem()).contains("DOCTYPE");
            assertThat(e.location().line()).isEqualTo(3);
        }

        @Test
        void anExternalGeneralEntityIsNotResolved() {
            String doc = "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\"><id>&xxe;</id>"
                    + "<type>other</type></report>";
            assertThat(failureOf(doc).getMessage()).contains("DOCTYPE").doesNotContain("root:");
        }

        @Test
        void anExternalParameterEntityIsNotResolved() {
            String doc = "<!DOCTYPE report [<!ENTITY % remote SYSTEM \"http://example.invalid/evil.dtd\"> %remote;]>"
                    + XmlTesting.reportDocument(MINIMAL).replaceFirst("<\\?xml[^>]*>\n", "");
            assertThat(failureOf(doc).problem()).contains("DOCTYPE");
        }

        @Test
        void anExternalDtdIsNotLoaded() {
            String doc = "<!DOCTYPE report SYSTEM \"http://example.invalid/report.dtd\">"
                    + XmlTesting.reportDocument(MINIMAL).replaceFirst("<\\?xml[^>]*>\n", "");
            assertThat(failureOf(doc).problem()).contains("DOCTYPE");
        }

        @Test
        void billionLaughsIsRefusedBeforeAnyExpansion() {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE report [<!ENTITY lol0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"");
                dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
            }
            dtd.append("]>");
            String doc = dtd + "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\"><id>&lol9;</id>"
                    + "<type>other</type></report>";
            assertThat(failureOf(doc).problem()).contains("DOCTYPE");
        }

        @Test
        void quadraticBlowUpIsRefused() {
            String big = "x".repeat(50_000);
            String doc = "<!DOCTYPE report [<!ENTITY a \"" + big + "\">]><report xmlns=\"" + XmlFormat.NAMESPACE
                    + "\" version=\"1.0\"><id>" + "&a;".repeat(10_000) + "</id><type>other</type></report>";
            assertThat(failureOf(doc).problem()).contains("DOCTYPE");
        }

        @Test
        void anUndeclaredEntityWithoutDtdIsAnError() {
            String doc = XmlTesting.reportDocument("<id>&a;</id><type>other</type>");
            assertThat(failureOf(doc).getMessage()).contains("a");
        }
    }

    @Nested
    class Limits {

        @Test
        void nestingDeeperThan64IsRefused() {
            String deep = "<x>".repeat(70) + "</x>".repeat(70);
            byte[] doc = XmlTesting.reportDocument("<id>a</id>" + deep).getBytes(StandardCharsets.UTF_8);
            ReportParseException e = parseFailure(
                    () -> XmlTesting.readReports(doc, ReadOptions.of("t.xml").withLenient(true)));
            assertThat(e.problem()).containsIgnoringCase("depth");
        }

        @Test
        void tooManyAttributesAreRefused() {
            StringBuilder attributes = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                attributes.append(" a").append(i).append("=\"v\"");
            }
            String doc = "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\"" + attributes + ">"
                    + MINIMAL + "</report>";
            assertThat(failureOf(doc).problem()).containsIgnoringCase("attribute");
        }

        @Test
        void anOverlongAttributeIsRefused() {
            String doc = "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"" + "1".repeat(20_000) + "\">"
                    + MINIMAL + "</report>";
            assertThat(failureOf(doc).problem()).containsIgnoringCase("attribute");
        }

        @Test
        void anOverlongTextIsRefused() {
            String doc = XmlTesting.reportDocument("<id>a</id><rights>" + "r".repeat(1_100_000)
                    + "</rights><type>other</type>");
            assertThat(failureOf(doc).problem()).containsIgnoringCase("text");
        }

        @Test
        void aReportLargerThanTheLimitIsRefused() {
            Report big = SeedRecord.report();
            byte[] doc = XmlTesting.write(big);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> XmlTesting.readReports(doc, ReadOptions.of("t.xml").withMaxReportBytes(500)));
            assertThat(t).isInstanceOf(ReportParseException.class).hasMessageContaining("500 bytes");
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void anIllegalCharacterReferenceIsAnErrorWithLineAndColumn() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a&#1;</id><type>other</type>"));
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.location().column()).isPositive();
        }

        @Test
        void aRawControlCharacterIsAnErrorWithLineAndColumn() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a\u0001</id><type>other</type>"));
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.location().column()).isPositive();
        }

        @Test
        void invalidUtf8IsAnErrorWithLineAndColumn() {
            byte[] head = XmlTesting.reportDocument("<id>ab").getBytes(StandardCharsets.UTF_8);
            head = java.util.Arrays.copyOf(head, head.length - "</report>".length());
            byte[] tail = "</id><type>other</type></report>".getBytes(StandardCharsets.UTF_8);
            byte[] doc = new byte[head.length + 1 + tail.length];
            System.arraycopy(head, 0, doc, 0, head.length);
            doc[head.length] = (byte) 0xFF;
            System.arraycopy(tail, 0, doc, head.length + 1, tail.length);
            ReportParseException e = failureOf(doc);
            assertThat(e.problem()).as(e.getMessage()).containsIgnoringCase("UTF-8");
            assertThat(e.location().line()).as(e.getMessage()).isEqualTo(2);
            assertThat(e.location().column()).isPositive();
        }

        @Test
        void anEncodingDeclarationThatLiesIsAnError() {
            String doc = XmlTesting.reportDocument(MINIMAL).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
            ReportParseException e = failureOf(doc.getBytes(StandardCharsets.UTF_8));
            assertThat(e.problem()).containsIgnoringCase("encoding");
            assertThat(e.location().line()).isEqualTo(1);
        }

        @Test
        void twoRootsAreAnError() {
            String doc = XmlTesting.reportDocument(MINIMAL) + "<report/>";
            assertThat(failureOf(doc).getMessage()).containsIgnoringCase("root");
        }

        @Test
        void mixedContentIsAnError() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</id>loose text<type>other</type>"));
            assertThat(e.problem()).contains("mixed content", "loose text");
        }

        @Test
        void markupInsideTextIsAnError() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a<b>c</b></id><type>other</type>"));
            assertThat(e.problem()).contains("<id> must hold text only");
        }

        @Test
        void aRepeatedSingleValuedElementIsAnError() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</id><id>b</id><type>other</type>"));
            assertThat(e.problem()).contains("<id> may appear once");
        }

        @Test
        void anAttributeWhereAnElementBelongsIsAnError() {
            ReportParseException e = failureOf(XmlTesting.reportDocument(
                    "<id>a</id><titles><title language=\"en\"><text>t</text></title></titles><type>other</type>"));
            assertThat(e.problem()).contains("unexpected attribute 'language' on <title>");
        }

        @Test
        void anUnknownElementIsAnErrorWithItsPointer() {
            ReportParseException e = failureOf(XmlTesting.reportDocument(
                    "<id>a</id><titles><title><text>t</text><colour>red</colour></title></titles><type>other</type>"));
            assertThat(e.pointer()).isEqualTo("/titles/0");
            assertThat(e.problem()).contains("<colour>");
        }

        @Test
        void anUnknownElementIsSkippedWithAWarningWhenLenient() {
            String doc = XmlTesting.reportDocument("<id>a</id><colour><x/></colour><type>other</type>");
            List<ConversionNote> notes = XmlTesting.notesOf(doc, ReadOptions.of("t.xml").withLenient(true)).notes();
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.message()).contains("<colour>");
            });
        }

        @Test
        void aBadValueNamesItsPointer() {
            ReportParseException e = failureOf(XmlTesting.reportDocument(
                    "<id>a</id><issued>2018-13</issued><type>other</type>"));
            assertThat(e.pointer()).isEqualTo("/issued");
            assertThat(e.problem()).contains("2018-13");
        }

        @Test
        void aForeignRootIsAnError() {
            assertThat(failureOf("<report version=\"1.0\">" + MINIMAL + "</report>").problem())
                    .contains(XmlFormat.NAMESPACE);
        }
    }

    @Nested
    class NameLength {

        static final String LONG = "n".repeat(3 * 1024 * 1024);

        static void assertRefusedAtTheName(String document, String what) {
            ReportParseException e = parseFailure(() -> XmlTesting.readReports(
                    document.getBytes(StandardCharsets.UTF_8), ReadOptions.of("t.xml").withLenient(true)));
            assertThat(e.problem()).isEqualTo("an XML " + what + " is longer than the limit of 1024 characters");
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(200);
            int start = document.indexOf(LONG);
            while (document.charAt(start - 1) == ':' || Character.isLetter(document.charAt(start - 1))) {
                start--;
            }
            int lineStart = document.lastIndexOf('\n', start) + 1;
            assertThat(e.location().line()).isEqualTo(document.substring(0, start).chars().filter(c -> c == '\n')
                    .count() + 1);
            assertThat(e.location().column()).isEqualTo(start - lineStart + 1 + 1024);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "element name | <id>a</id><type>other</type><LONG/>",
            "end tag name | <id>a</id><type>other</type><x></LONG>",
            "namespace prefix | <id>a</id><type>other</type><LONG:x xmlns:LONG='urn:x'/>",
            "attribute name | <id>a</id><type>other</type><x LONG='v'/>",
            "attribute with a prefix | <id>a</id><type>other</type><x p:LONG='v' xmlns:p='urn:p'/>"})
        void aThreeMegabyteNameIsRefusedAtItsPlace(String kind, String content) {
            assertRefusedAtTheName(XmlTesting.reportDocument(content.replace("LONG", LONG)), "name");
        }

        @Test
        void aThreeMegabyteProcessingInstructionTargetIsRefusedAtItsPlace() {
            assertRefusedAtTheName(XmlTesting.reportDocument("<id>a</id><?" + LONG + " data?><type>other</type>"),
                    "processing instruction target");
        }

        @Test
        void aThreeMegabyteEntityReferenceIsRefusedAtItsPlace() {
            assertRefusedAtTheName(XmlTesting.reportDocument("<id>a&" + LONG + ";</id><type>other</type>"),
                    "entity reference name");
        }

        @Test
        void aThreeMegabyteEntityReferenceInAnAttributeIsRefusedAtItsPlace() {
            assertRefusedAtTheName(XmlTesting.reportDocument("<id>a</id><x a='&" + LONG + ";'/><type>other</type>"),
                    "entity reference name");
        }

        @Test
        void namesUpToTheLimitAndLongTextsInCommentsCdataAndValuesAreRead() {
            String name = "n".repeat(1024);
            String doc = XmlTesting.reportDocument("<!--" + LONG.substring(0, 100_000) + "--><id>a</id><" + name
                    + " " + name + "='" + LONG.substring(0, 10_000) + "'><![CDATA[" + LONG.substring(0, 100_000)
                    + "]]></" + name + "><?" + name + " " + LONG.substring(0, 100_000) + "?><type>other</type>");
            assertThat(XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8),
                    ReadOptions.of("t.xml").withLenient(true))).hasSize(1);
        }
    }

    @Nested
    class XmlVersion {

        @Test
        void xmlOneOneIsRefusedAtTheDeclaration() {
            String version = "1.1";
            String doc = "<?xml version=\"" + version + "\"?>\n<report xmlns=\"" + XmlFormat.NAMESPACE
                    + "\" version=\"1.0\"><id>a&#x1b;</id><type>other</type></report>";
            ReportParseException e = failureOf(doc.getBytes(StandardCharsets.UTF_8));
            assertThat(e.problem()).isEqualTo("the XML declaration says version '" + version
                    + "', but only XML 1.0 is read");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isEqualTo(1);
        }

        @Test
        void aDocumentWithoutDeclarationIsReadAsOneZero() {
            String doc = "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\">" + MINIMAL + "</report>";
            assertThat(XmlTesting.readReports(doc)).hasSize(1);
        }
    }

    @Nested
    class WhatFollowsAReport {

        static final ReadOptions SMALL = ReadOptions.of("t.xml").withMaxReportBytes(2_000);

        static String catalogueWithTwoReports(String between, String after) {
            String doc = XmlTesting.text(XmlTesting.write(io.github.reportmeta.Catalogue.of(
                    EveryElement.catalogue().header(), List.of(Report.builder("r1").build(),
                            Report.builder("r2").build()))));
            int second = doc.indexOf("<report>", doc.indexOf("<report>") + 1);
            int end = doc.lastIndexOf("</catalogue>") + "</catalogue>".length();
            return doc.substring(0, second) + between + doc.substring(second, end) + after;
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"'<!--', '-->'", "'<?pi ', '?>'"})
        void aLongCommentOrProcessingInstructionBetweenReportsIsRefused(String open, String close) {
            String doc = catalogueWithTwoReports(open + "x".repeat(5_000) + close, "");
            ReportParseException e = parseFailure(() -> XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8),
                    SMALL));
            assertThat(e.problem()).isEqualTo(
                    "the input between two tags after a report is larger than the limit of 2000 bytes");
            assertThat(e.location().line()).isPositive();
            assertThat(e.location().column()).isPositive();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource({"'<!--', '-->'", "'<?pi ', '?>'", "' ', ''"})
        void aLongCommentOrProcessingInstructionAfterTheLastReportIsRefused(String open, String close) {
            String doc = catalogueWithTwoReports("", open + "x".repeat(1_000_000).replace("x", open.isBlank() ? " " : "x")
                    + close);
            ReportParseException e = parseFailure(() -> XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8),
                    SMALL));
            assertThat(e.problem()).isEqualTo(
                    "the input between two tags after a report is larger than the limit of 2000 bytes");
            assertThat(e.location().line()).isPositive();
            assertThat(e.location().column()).isPositive();
        }

        @Test
        void aLongCommentAfterASingleReportIsRefused() {
            String doc = XmlTesting.reportDocument(MINIMAL) + "<!--" + "x".repeat(1_000_000) + "-->";
            ReportParseException e = parseFailure(() -> XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8),
                    SMALL));
            assertThat(e.problem()).endsWith("is larger than the limit of 2000 bytes");
        }

        @Test
        void shortCommentsAndProcessingInstructionsAroundReportsAreRead() {
            String doc = catalogueWithTwoReports("<!--" + "x".repeat(1_500) + "--><?pi data?>",
                    "<!--" + "x".repeat(1_500) + "-->");
            assertThat(XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8), SMALL)).hasSize(2);
        }
    }

    @Nested
    class QuotedInput {

        @Test
        void aLongUnknownElementNameIsQuotedInEightyCharacters() {
            String name = "u".repeat(1_000);
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</id><" + name + "/><type>other</type>"));
            assertThat(e.problem()).contains("u".repeat(80) + "\u2026").doesNotContain("u".repeat(81));
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300);
        }

        @Test
        void aParserMessageQuotingALongNameIsCut() {
            String name = "u".repeat(1_000);
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</" + name + "></id><type>other</type>"));
            assertThat(e.problem()).startsWith("malformed XML: ").doesNotContain("u".repeat(81));
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300);
        }

        @Test
        void controlCharactersInAQuotedValueAreEscaped() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</id><number><series>S</series>"
                    + "<number>1</number><raw>1</raw><year>20&#9;18&#10;</year></number><type>other</type>"));
            assertThat(e.problem()).contains("'20\\u000918\\u000A'");
            assertThat(e.problem().chars()).noneMatch(c -> c < 0x20);
        }

        @Test
        void aLongValueIsQuotedInEightyCharacters() {
            ReportParseException e = failureOf(XmlTesting.reportDocument("<id>a</id><number><series>S</series>"
                    + "<number>1</number><raw>1</raw><year>" + "9".repeat(10_000) + "</year></number><type>other</type>"));
            assertThat(e.problem()).startsWith("expected a whole number, but was '" + "9".repeat(80)
                    + "\u2026 (10000 characters)'");
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300);
        }
    }

    @Nested
    class WriterRefusesWhatXmlCannotCarry {

        @Test
        void aControlCharacterIsRefusedAndTheDocumentStaysWellFormed() {
            Report bad = Report.builder("bad").title(LocalizedText.of("a\u0001b", LanguageTag.ENGLISH)).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWriter writer = XmlTesting.FORMAT.newWriter(out, WriteOptions.DEFAULT);
            writer.writeHeader(io.github.reportmeta.CatalogueHeader.of(io.github.reportmeta.CatalogueId.of("c"),
                    LocalizedText.of("c")));
            writer.write(SeedRecord.report());
            assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("'bad'").hasMessageContaining("/titles/0/text")
                    .hasMessageContaining("U+0001");
            writer.close();
            assertThat(XmlTesting.readReports(out.toByteArray(), ReadOptions.of("t.xml")))
                    .containsExactly(SeedRecord.report());
        }

        @Test
        void anUnpairedSurrogateIsRefused() {
            Report bad = Report.builder("bad").title(LocalizedText.of("a\uD800", LanguageTag.ENGLISH)).build();
            assertThatThrownBy(() -> XmlTesting.write(bad)).isInstanceOf(ReportMetadataException.class)
                    .hasMessageContaining("U+D800");
        }
    }
}
