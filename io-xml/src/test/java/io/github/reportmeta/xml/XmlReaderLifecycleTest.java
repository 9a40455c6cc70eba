package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's life cycle: the root element, the pointer, the end, and closing the input. */
class XmlReaderLifecycleTest {

    static final String MINIMAL = "<id>a</id><type>other</type>";

    /** An input that counts how often it is closed, and can fail to close. */
    static final class Input extends ByteArrayInputStream {
        int closes;
        private final boolean failToClose;

        Input(String document, boolean failToClose) {
            super(document.getBytes(StandardCharsets.UTF_8));
            this.failToClose = failToClose;
        }

        @Override
        public void close() throws IOException {
            closes++;
            if (failToClose) {
                throw new IOException("cannot close");
            }
        }
    }

    static ReportReader reader(InputStream in) {
        return XmlTesting.FORMAT.newReader(in, ReadOptions.of("t.xml"));
    }

    static ReportParseException failureOf(String document) {
        Throwable t = catchThrowable(() -> XmlTesting.readReports(document));
        assertThat(t).isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    @Nested
    class TheRoot {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "<report version=\"1.0\">|expected the root element <catalogue> or <report> in the namespace "
                    + XmlFormat.NAMESPACE + ", but found <report> in no namespace",
            "<report xmlns=\"urn:x\" version=\"1.0\">|expected the root element <catalogue> or <report> in the "
                    + "namespace " + XmlFormat.NAMESPACE + ", but found <report> in the namespace urn:x",
            "<report xmlns=\"" + XmlFormat.NAMESPACE + "\">|expected the attribute version=\"1.0\" (format version "
                    + "1.x) on <report>, but found none",
            "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"2.0\">|expected the attribute version=\"1.0\" "
                    + "(format version 1.x) on <report>, but found '2.0'",
            "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\" id=\"x\">|unexpected attribute 'id' on "
                    + "<report>; expected only 'version'",
            "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" xmlns:o=\"urn:o\" o:version=\"1.0\">|unexpected "
                    + "attribute '{urn:o}version' on <report>; expected only 'version'",
            "<reports xmlns=\"" + XmlFormat.NAMESPACE + "\" version=\"1.0\">|expected the root element "
                    + "<catalogue> or <report>, but found <reports>",
        })
        void isCheckedForNamespaceVersionAndName(String start, String problem) {
            String name = start.substring(1, start.indexOf(' '));
            ReportParseException e = failureOf(start + MINIMAL + "</" + name + ">");
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.location()).isEqualTo(new SourceLocation("test.xml", 1, 1));
        }

        @Test
        void acceptsAMinorVersionAndASchemaLocation() {
            String doc = "<report xmlns=\"" + XmlFormat.NAMESPACE + "\" xmlns:xsi=\"http://www.w3.org/2001/"
                    + "XMLSchema-instance\" xsi:schemaLocation=\"" + XmlFormat.NAMESPACE + " r.xsd\" version=\"1.7\">"
                    + MINIMAL + "</report>";
            assertThat(XmlTesting.readReports(doc)).containsExactly(
                    Report.builder("a").type(ReportType.OTHER).build());
        }
    }

    @Nested
    class TheEnd {

        @Test
        void textAfterASingleReportIsAnError() {
            ReportParseException e = failureOf(XmlTesting.reportDocument(MINIMAL) + "\ntrailing");
            assertThat(e.problem())
                    .isEqualTo("malformed XML: Unexpected character 't' (code 116) in epilog; expected '<'");
            assertThat(e.location()).isEqualTo(new SourceLocation("test.xml", 3, 1));
        }

        @Test
        void aSecondRootAfterASingleReportIsAnError() {
            String doc = XmlTesting.reportDocument(MINIMAL);
            ReportParseException e = failureOf(doc + "\n<report/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location()).isEqualTo(new SourceLocation("test.xml", 3, 2));
        }

        @Test
        void aSecondRootAfterACatalogueIsAnError() {
            String doc = XmlTesting.text(XmlTesting.write(XmlTesting.FORMAT, null, List.of()));
            ReportParseException e = failureOf(doc + "<catalogue/>");
            assertThat(e.problem()).isEqualTo("malformed XML: Illegal to have multiple roots (start tag in epilog?).");
            assertThat(e.location()).isEqualTo(new SourceLocation("test.xml", 4, 2));
        }

        @Test
        void nextAfterTheLastReportThrowsNoSuchElement() {
            try (ReportReader reader = reader(new Input(XmlTesting.reportDocument(MINIMAL), false))) {
                reader.next();
                assertThat(reader.hasNext()).isFalse();
                assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class)
                        .hasMessage("no more reports in t.xml");
            }
        }

        @Test
        void aFailedReaderHasNoMoreReports() {
            String doc = XmlTesting.reportDocument("<id>a</id><colour/><type>other</type>");
            try (ReportReader reader = reader(new Input(doc, false))) {
                assertThatThrownBy(reader::hasNext).isInstanceOf(ReportParseException.class);
                assertThat(reader.hasNext()).isFalse();
            }
        }
    }

    @Nested
    class TheSizeLimit {

        @Test
        void boundsEachReportOnItsOwn() {
            Report first = Report.builder("a").title(LocalizedText.of("t".repeat(50))).build();
            Report second = Report.builder("b").build();
            String doc = XmlTesting.text(XmlTesting.write(XmlTesting.FORMAT, null, List.of(first, second)));
            int start = doc.indexOf("<report>");
            int limit = doc.indexOf("<report>", start + 1) - start - 1;
            ReadOptions options = ReadOptions.of("t.xml").withMaxReportBytes(limit);
            assertThat(XmlTesting.readReports(doc.getBytes(StandardCharsets.UTF_8), options))
                    .containsExactly(first, second);
        }
    }

    @Nested
    class ThePointer {

        @Test
        void namesTheLastReportReturnedInACatalogue() {
            byte[] doc = XmlTesting.write(XmlTesting.FORMAT, null, List.of(
                    Report.builder("a").build(), Report.builder("b").build()));
            try (ReportReader reader = reader(new ByteArrayInputStream(doc))) {
                assertThat(reader.pointer()).isEmpty();
                assertThat(reader.hasNext()).isTrue();
                assertThat(reader.pointer()).isEmpty();
                assertThat(reader.next().id().value()).isEqualTo("a");
                assertThat(reader.pointer()).isEqualTo("/reports/0");
                assertThat(reader.next().id().value()).isEqualTo("b");
                assertThat(reader.pointer()).isEqualTo("/reports/1");
                assertThat(reader.hasNext()).isFalse();
                assertThat(reader.pointer()).isEqualTo("/reports/1");
            }
        }

        @Test
        void isEmptyInASingleReportDocument() {
            try (ReportReader reader = reader(new Input(XmlTesting.reportDocument(MINIMAL), false))) {
                reader.next();
                assertThat(reader.pointer()).isEmpty();
            }
        }
    }

    @Nested
    class Closing {

        @Test
        void closesTheInputOnceHoweverOftenItIsCalled() {
            Input in = new Input(XmlTesting.reportDocument(MINIMAL), false);
            ReportReader reader = reader(in);
            reader.close();
            int closes = in.closes;
            assertThat(closes).isPositive();
            reader.close();
            assertThat(in.closes).isEqualTo(closes);
            assertThat(reader.hasNext()).isFalse();
        }

        @Test
        void closesTheInputWhenTheDocumentCannotBeOpened() {
            Input in = new Input("", false);
            Throwable t = catchThrowable(() -> reader(in));
            assertThat(t).isInstanceOf(ReportParseException.class);
            assertThat(t.getSuppressed()).isEmpty();
            assertThat(in.closes).isPositive();
        }

        @Test
        void closesTheInputWhenTheRootIsWrong() {
            Input in = new Input("<report version=\"1.0\">" + MINIMAL + "</report>", false);
            Throwable t = catchThrowable(() -> reader(in));
            assertThat(t).isInstanceOf(ReportParseException.class);
            assertThat(t.getSuppressed()).isEmpty();
            assertThat(in.closes).isPositive();
        }

        @Test
        void aFailureToCloseIsSuppressedByTheOpeningFailure() {
            Input in = new Input("", true);
            Throwable t = catchThrowable(() -> reader(in));
            assertThat(t).isInstanceOf(ReportParseException.class);
            assertThat(t.getSuppressed()).hasSize(1);
            assertThat(t.getSuppressed()[0]).isInstanceOf(IOException.class).hasMessage("cannot close");
        }

        @Test
        void aFailureToCloseIsSuppressedByTheRootFailure() {
            Input in = new Input("<report version=\"1.0\">" + MINIMAL + "</report>", true);
            Throwable t = catchThrowable(() -> reader(in));
            assertThat(t).isInstanceOf(ReportParseException.class);
            assertThat(t.getSuppressed()).hasSize(1);
            assertThat(t.getSuppressed()[0]).isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("cannot close");
        }

        @Test
        void aFailureToCloseIsUnchecked() {
            ReportReader reader = reader(new Input(XmlTesting.reportDocument(MINIMAL), true));
            assertThatThrownBy(reader::close).isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("cannot close");
        }
    }
}
