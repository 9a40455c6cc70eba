package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cursor's errors: where they are, and what they quote. */
class XmlCursorTest {

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static ReportParseException failure(Runnable action) {
        Throwable t = catchThrowable(action::run);
        assertThat(t).isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    /** Reads every element up to the root's end tag, as a reader would, from an element at a depth. */
    static void walk(XmlCursor cursor, int depth) {
        while (depth > 0) {
            if (cursor.nextChild()) {
                depth++;
            } else {
                depth--;
            }
        }
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"39, ''", "40, ''", "41, ...", "80, ..."})
    void mixedContentIsQuotedUpToFortyCharacters(int length, String ellipsis) {
        String text = "t".repeat(length);
        XmlCursor cursor = XmlCursor.open(bytes("<r><a/>  " + text + "  <b/></r>"), "t.xml");
        ReportParseException e = failure(() -> walk(cursor, 1));
        assertThat(e.problem()).isEqualTo("text is not allowed between elements (mixed content); expected an "
                + "element, but found '" + "t".repeat(Math.min(length, 40)) + ellipsis + "'");
    }

    @Test
    void anEmptyDocumentFailsAtLineOne() {
        ReportParseException e = failure(() -> XmlCursor.open(bytes(""), "t.xml"));
        assertThat(e.problem()).startsWith("malformed XML: ");
        assertThat(e.location()).isEqualTo(new SourceLocation("t.xml", 1, 1));
    }

    @Test
    void theLimitCountsBytesFromTheBoundedElementToEachStartTag() {
        String doc = "<r><a/><b/><c/></r>";
        int limit = doc.indexOf("<c/>") - doc.indexOf("<a/>");
        XmlCursor within = XmlCursor.open(bytes(doc), "t.xml");
        within.nextChild();
        within.limitFromHere(limit, "the part");
        walk(within, 2);
        XmlCursor beyond = XmlCursor.open(bytes(doc), "t.xml");
        beyond.nextChild();
        beyond.limitFromHere(limit - 1, "the part");
        ReportParseException e = failure(() -> walk(beyond, 2));
        assertThat(e.problem()).isEqualTo("the part is larger than the limit of " + (limit - 1) + " bytes");
        assertThat(e.location()).isEqualTo(new SourceLocation("t.xml", 1, doc.indexOf("<c/>") + 1));
    }

    @Test
    void theLimitHoldsForAnElementAtTheVeryStartOfTheInput() {
        XmlCursor cursor = XmlCursor.open(bytes("<r><a/><b/></r>"), "t.xml");
        cursor.limitFromHere(3, "the document");
        ReportParseException e = failure(() -> walk(cursor, 1));
        assertThat(e.problem()).isEqualTo("the document is larger than the limit of 3 bytes");
        assertThat(e.location()).isEqualTo(new SourceLocation("t.xml", 1, 8));
    }

    @Test
    void aClearedLimitNoLongerCounts() {
        XmlCursor cursor = XmlCursor.open(bytes("<r><a/><b/><c/></r>"), "t.xml");
        cursor.nextChild();
        cursor.limitFromHere(1, "the part");
        cursor.clearLimit();
        walk(cursor, 2);
        assertThat(cursor.name()).isEqualTo("r");
    }

    @Test
    void aFailingInputIsAParseFailureWithTheInputsMessage() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the disk is gone");
            }
        };
        XmlCursor cursor = XmlCursor.open(new SequenceInputStream(bytes("<r><a/>"), failing), "t.xml");
        ReportParseException e = failure(() -> walk(cursor, 1));
        assertThat(e.problem()).isEqualTo("malformed XML: the disk is gone");
        assertThat(e.getCause()).isInstanceOf(javax.xml.stream.XMLStreamException.class)
                .hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void invalidUtf8FarIntoTheInputIsLocatedAtItsByte() {
        java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
        doc.writeBytes("<r>\n".getBytes(StandardCharsets.UTF_8));
        doc.writeBytes(("<a>" + "\u4e2d".repeat(97) + "</a>\n").repeat(400).getBytes(StandardCharsets.UTF_8));
        doc.writeBytes("<a>ab".getBytes(StandardCharsets.UTF_8));
        doc.write(0xFF);
        doc.writeBytes("</a></r>".getBytes(StandardCharsets.UTF_8));
        XmlCursor cursor = XmlCursor.open(new ByteArrayInputStream(doc.toByteArray()), "t.xml");
        ReportParseException e = failure(() -> {
            while (cursor.nextChild()) {
                cursor.text();
            }
        });
        assertThat(e.problem()).as(e.getMessage()).startsWith("malformed XML: ").contains("UTF-8");
        assertThat(e.location()).isEqualTo(new SourceLocation("t.xml", 402, 6));
    }
}
