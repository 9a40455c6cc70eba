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
