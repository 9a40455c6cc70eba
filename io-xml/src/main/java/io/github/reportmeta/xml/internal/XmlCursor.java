package io.github.reportmeta.xml.internal;

import com.ctc.wstx.exc.WstxLazyException;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.messages.Quoting;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over the elements of an untrusted document: it moves from tag to tag, refuses a DTD, text between
 * elements (mixed content, unless a lenient reader takes it through {@link #tolerateStrayText}) and markup inside
 * text, keeps the depth so that a lenient reader can leave a record it gave up on, and turns every parser failure
 * into a {@link ReportParseException} with the line and column.
 */
public final class XmlCursor {

    /** The namespace of {@code xsi:type} and {@code xsi:schemaLocation}. */
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** The namespace of {@code xml:lang}. */
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final Pattern WOODSTOX_LOCATION = Pattern.compile("at \\[row,col[^\\]]*\\]: \\[(\\d+),(\\d+)");

    /** How far past its current event the parser may have read: more than its input buffer. */
    private static final long READ_AHEAD = 64 * 1024;

    /** The most characters of one piece of input that a message quotes. */
    public static final int MAX_QUOTE = 80;

    private static final Pattern LONG_QUOTE = Pattern.compile(
            "'[^']{" + (MAX_QUOTE + 1) + ",}'|\"[^\"]{" + (MAX_QUOTE + 1) + ",}\"|[^\\s<>'\"]{" + (MAX_QUOTE + 1) + ",}");

    /** The characters of a text that {@link #text} keeps from text to text, and the most it keeps. */
    private static final int TEXT_BUFFER = 512;

    private static final int MAX_KEPT_TEXT_BUFFER = 64 * 1024;

    private final XMLStreamReader2 reader;
    private char[] textBuffer = new char[TEXT_BUFFER];
    private final String source;
    private final InputBounds bounds;
    private long limitStart = -1;
    private long limitBytes = Long.MAX_VALUE;
    private String limitWhat = "";
    private boolean gaps;
    private int depth;
    private boolean malformed;
    private @Nullable Consumer<ReportParseException> strayText;

    private XmlCursor(XMLStreamReader2 reader, String source, InputBounds bounds) {
        this.reader = reader;
        this.source = source;
        this.bounds = bounds;
    }

    /**
     * Opens a cursor on raw bytes and moves it to the root element.
     *
     * @param in the input
     * @param source the input's name for locations
     * @return the cursor, on the root element's start tag
     * @throws ReportParseException if the document has no root element or starts badly
     */
    public static XmlCursor open(InputStream in, String source) {
        XMLStreamReader2 reader;
        InputBounds bounds = new InputBounds(in, SecureStax.MAX_NAME_LENGTH);
        try {
            reader = SecureStax.reader(bounds, source);
        } catch (XMLStreamException e) {
            throw failure(e, null, source, bounds);
        }
        if (!"1.0".equals(Objects.requireNonNullElse(reader.getVersion(), "1.0"))) {
            // XML 1.1 lets C0 and C1 control characters in as character references; the model refuses them.
            throw new ReportParseException("the XML declaration says version '" + clip(reader.getVersion())
                    + "', but only XML 1.0 is read", new SourceLocation(source, 1, 1), "");
        }
        XmlCursor cursor = new XmlCursor(reader, source, bounds);
        if (cursor.nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw cursor.error("the document has no root element");
        }
        return cursor;
    }

    /**
     * Moves to the next start or end tag, skipping comments, processing instructions and white space.
     *
     * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
     *     {@link XMLStreamConstants#END_DOCUMENT}
     * @throws ReportParseException on a DTD, text between elements or malformed input
     */
    public int nextTag() {
        try {
            while (true) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        depth++;
                        checkLimit();
                        return event;
                    case XMLStreamConstants.END_ELEMENT:
                        depth--;
                        return event;
                    case XMLStreamConstants.END_DOCUMENT:
                        return event;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                        if (!reader.isWhiteSpace()) {
                            ReportParseException stray = error("text is not allowed between elements (mixed "
                                    + "content); expected an element, but found '" + abbreviate(reader.getText()) + "'");
                            if (strayText == null) {
                                throw stray;
                            }
                            strayText.accept(stray);
                        }
                        break;
                    case XMLStreamConstants.DTD:
                        throw error("a document type declaration (DOCTYPE) is not allowed: DTDs and entities "
                                + "are refused in untrusted input");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw error("the entity reference '&" + reader.getLocalName() + ";' is not allowed");
                    default:
                        break;
                }
            }
        } catch (XMLStreamException | WstxLazyException e) {
            throw malformed(e);
        }
    }

    /**
     * Moves to the next child element of the current element, or to the current element's end tag.
     *
     * @return true on a child's start tag, false on the end tag of the parent
     */
    public boolean nextChild() {
        int event = nextTag();
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw error("the document ends inside an element");
        }
        return event == XMLStreamConstants.START_ELEMENT;
    }

    /**
     * Reads the text of the current element, which must hold text only, and moves to its end tag.
     *
     * @return the text, exactly as written
     * @throws ReportParseException if the element has a child element
     */
    public String text() {
        String element = reader.getLocalName();
        try {
            // The parser hands a long text over in pieces (one per input buffer); they are gathered in a buffer
            // kept from text to text, and the String is built once.
            int length = 0;
            while (true) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        length = gather(length);
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        depth--;
                        return taken(length);
                    case XMLStreamConstants.START_ELEMENT:
                        depth++;
                        throw error("<" + element + "> must hold text only, but holds the element <"
                                + reader.getLocalName() + ">");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw error("the entity reference '&" + reader.getLocalName() + ";' is not allowed");
                    default:
                        break;
                }
            }
        } catch (XMLStreamException | WstxLazyException e) {
            throw malformed(e);
        }
    }

    /** Appends the current piece of text to {@link #textBuffer}, which holds {@code length} characters. */
    private int gather(int length) {
        int piece = reader.getTextLength();
        int total = length + piece;
        if (total > textBuffer.length) {
            textBuffer = Arrays.copyOf(textBuffer, Math.max(total, 2 * textBuffer.length));
        }
        System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), textBuffer, length, piece);
        return total;
    }

    /** The first {@code length} characters of {@link #textBuffer}, which shrinks back if a long text grew it. */
    private String taken(int length) {
        if (length == 0) {
            return "";
        }
        String text = new String(textBuffer, 0, length);
        if (textBuffer.length > MAX_KEPT_TEXT_BUFFER) {
            textBuffer = new char[TEXT_BUFFER];
        }
        return text;
    }

    /**
     * The text of an element that may hold markup, for lenient reading.
     *
     * @param value the character data of the element and all its descendants, in document order
     * @param markup whether the element held child elements, whose names and attributes are not in {@code value}
     */
    public record Text(String value, boolean markup) {}

    /**
     * Reads the character data of the current element and of every element inside it, and moves to its end tag.
     *
     * @return the text, and whether there was markup in it
     */
    public Text textWithMarkup() {
        StringBuilder b = new StringBuilder();
        boolean markup = false;
        int start = depth;
        try {
            while (depth >= start) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        b.append(reader.getText());
                        break;
                    case XMLStreamConstants.START_ELEMENT:
                        depth++;
                        markup = true;
                        rearmGaps();
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        depth--;
                        break;
                    case XMLStreamConstants.END_DOCUMENT:
                        throw error("the document ends inside an element");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw error("the entity reference '&" + reader.getLocalName() + ";' is not allowed");
                    default:
                        break;
                }
            }
        } catch (XMLStreamException | WstxLazyException e) {
            throw malformed(e);
        }
        return new Text(b.toString(), markup);
    }

    /**
     * Skips the current element with everything in it, leaving the cursor on its end tag.
     */
    public void skipElement() {
        skipTo(depth - 1);
    }

    /**
     * The number of elements open at the current event: 1 on the root's start tag, 0 after its end tag.
     *
     * @return the depth
     */
    public int depth() {
        return depth;
    }

    /**
     * Skips everything up to the end tag that brings the depth back to {@code target}, leaving the cursor on it;
     * text on the way is ignored. This is how a reader leaves a record it gave up on.
     *
     * @param target the depth to return to, at most the current depth
     * @throws ReportParseException if the document ends first or is malformed
     */
    public void skipTo(int target) {
        while (depth > target) {
            try {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    rearmGaps();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw error("the document ends inside an element");
                }
            } catch (XMLStreamException | WstxLazyException e) {
                throw malformed(e);
            }
        }
    }

    /**
     * Reads past the root element's end, so that a second root or trailing text is reported: the parser, which
     * reads a single document, refuses both in the epilog.
     */
    public void finish() {
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * Whether the parser has failed on input that is not well-formed XML: then no element can be read after the
     * failure, and a reader must stop rather than recover.
     *
     * @return true after such a failure
     */
    public boolean malformed() {
        return malformed;
    }

    /**
     * Reports text between elements to a sink instead of failing on it, for lenient reading; {@code null}
     * restores the failure.
     *
     * @param sink what receives the failure the text would have been, with its location
     */
    public void tolerateStrayText(@Nullable Consumer<ReportParseException> sink) {
        strayText = sink;
    }

    private ReportParseException malformed(Exception e) {
        malformed = true;
        return failure(e, reader, source, bounds);
    }

    /**
     * The local name of the current element.
     *
     * @return the name
     */
    public String name() {
        return reader.getLocalName();
    }

    /**
     * The namespace of the current element.
     *
     * @return the namespace URI, or the empty string for none
     */
    public String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /**
     * Whether the current element is in a namespace and has a local name.
     *
     * @param namespace the namespace URI
     * @param localName the local name
     * @return true on a match
     */
    public boolean is(String namespace, String localName) {
        return localName.equals(reader.getLocalName()) && namespace.equals(namespace());
    }

    /**
     * The value of an attribute of the current element.
     *
     * @param namespace the attribute's namespace, or the empty string for none
     * @param localName the attribute's local name
     * @return the value, or {@code null} when absent
     */
    public @Nullable String attribute(String namespace, String localName) {
        return reader.getAttributeValue(namespace.isEmpty() ? null : namespace, localName);
    }

    /**
     * How many attributes the current element has (namespace declarations excluded).
     *
     * @return the count
     */
    public int attributeCount() {
        return reader.getAttributeCount();
    }

    /**
     * The qualified name of an attribute, as {@code {namespace}local} or {@code local}.
     *
     * @param index the attribute's index
     * @return the name
     */
    public String attributeName(int index) {
        String ns = reader.getAttributeNamespace(index);
        String local = reader.getAttributeLocalName(index);
        return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
    }

    /**
     * The value of an attribute of the current element.
     *
     * @param index the attribute's index
     * @return the value, as the parser normalised it
     */
    public String attributeValue(int index) {
        return reader.getAttributeValue(index);
    }

    /**
     * The name of the current element as written, with its prefix: {@code dc:rights}.
     *
     * @return the prefixed name, or the local name when there is no prefix
     */
    public String prefixedName() {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? name() : prefix + ":" + name();
    }

    /**
     * Resolves a prefixed name (as in {@code xsi:type}) in the scope of the current element.
     *
     * @param qname the name as written
     * @return the namespace of its prefix, or the empty string when the prefix is not bound
     */
    public String namespaceOfPrefixed(String qname) {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String ns = reader.getNamespaceContext().getNamespaceURI(prefix);
        return ns == null ? "" : ns;
    }

    /**
     * The place of the current event.
     *
     * @return the location
     */
    public SourceLocation location() {
        return location(reader.getLocation(), source);
    }

    /**
     * Bounds the input bytes read from now on, for the report size limit.
     *
     * @param maxBytes the most bytes
     * @param what what is bounded, for the message (such as "report 'r1'")
     */
    public void limitFromHere(long maxBytes, String what) {
        limitStart = offset();
        limitBytes = maxBytes;
        limitWhat = what;
        gaps = false;
        // The exact check runs at each start tag; this one stops a single comment, processing instruction or
        // white space run as long as the input, which the parser reads whole before its next event.
        long slack = READ_AHEAD;
        bounds.limit(limitStart + Math.min(maxBytes, Long.MAX_VALUE - limitStart - slack) + slack,
                what + " is larger than the limit of " + maxBytes + " bytes");
    }

    /**
     * Bounds the input bytes from here to the next start tag, and from each start tag to the next, for what lies
     * between and after reports: elements there (such as the headers of deleted OAI-PMH records) cost little each,
     * but a single comment, processing instruction or run of white space could be as long as the input.
     *
     * @param maxBytes the most bytes from one start tag to the next
     * @param what what is bounded, for the message (such as "the input after a report")
     */
    public void limitGapsFromHere(long maxBytes, String what) {
        limitFromHere(maxBytes, what);
        gaps = true;
    }

        /** Removes the bound set by {@link #limitFromHere}. */
    public void clearLimit() {
        limitStart = -1;
        gaps = false;
        bounds.unlimit();
    }

    /** The input offset of the current event: bytes where the parser counts them, characters otherwise. */
    private long offset() {
        long bytes = reader.getLocationInfo().getStartingByteOffset();
        return bytes >= 0 ? bytes : reader.getLocationInfo().getStartingCharOffset();
    }

    private void checkLimit() {
        if (limitStart >= 0) {
            long used = offset() - limitStart;
            if (used > limitBytes) {
                throw error(limitWhat + " is larger than the limit of " + limitBytes + " bytes");
            }
            rearmGaps();
        }
    }

    /** On a start tag, starts the next gap of a {@link #limitGapsFromHere} bound. */
    private void rearmGaps() {
        if (gaps && limitStart >= 0) {
            limitGapsFromHere(limitBytes, limitWhat);
        }
    }

    /**
     * A parse failure at the current event.
     *
     * @param problem what was wrong and what was expected
     * @return the exception, to throw
     */
    public ReportParseException error(String problem) {
        return new ReportParseException(clipQuoted(problem), location(), "");
    }

    /**
     * A parse failure at the current event, in a field.
     *
     * @param problem what was wrong and what was expected
     * @param pointer the JSON Pointer of the field
     * @param cause the underlying failure, or {@code null}
     * @return the exception, to throw
     */
    public ReportParseException error(String problem, String pointer, @Nullable Throwable cause) {
        return new ReportParseException(clipQuoted(problem), location(), pointer, cause);
    }

    /** Closes the parser; the caller closes the input stream. */
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw failure(e, null, source, bounds);
        }
    }

    private static ReportParseException failure(
            Exception e, @Nullable XMLStreamReader2 reader, String source, InputBounds bounds) {
        InputBounds.Exceeded exceeded = exceeded(e);
        if (exceeded != null) {
            return new ReportParseException(exceeded.getMessage(),
                    new SourceLocation(source, exceeded.line(), exceeded.column()), "", e);
        }
        Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        SourceLocation where = null;
        Matcher m = WOODSTOX_LOCATION.matcher(message);
        // Looked for only now: keeping the bytes is cheap, checking each as it passes was not.
        long[] invalid = message.contains("UTF-8") ? bounds.firstInvalidUtf8() : null;
        if (invalid != null) {
            where = new SourceLocation(source, invalid[0], invalid[1]);
        } else if (at != null) {
            where = location(at, source);
        } else if (m.find()) {
            where = new SourceLocation(source, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        } else if (reader != null) {
            where = location(reader.getLocation(), source);
        } else {
            where = SourceLocation.of(source);
        }
        int cut = message.indexOf("\n at [");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        Throwable nested = e instanceof XMLStreamException x ? x.getNestedException() : null;
        if (nested != null && message.startsWith(nested.getClass().getName())) {
            message = Objects.requireNonNullElse(nested.getMessage(), message);
        }
        message = message.replaceFirst("^\\[?com\\.ctc\\.wstx\\.exc\\.\\w+\\]?\\s*(com\\.ctc\\.wstx\\.exc\\.\\w+:\\s*)?", "");
        return new ReportParseException("malformed XML: " + clipQuoted(message.strip()), where, "", e);
    }

    private static InputBounds.@Nullable Exceeded exceeded(Throwable e) {
        for (Throwable t = e; t != null; ) {
            if (t instanceof InputBounds.Exceeded x) {
                return x;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next == t ? null : next;
        }
        return null;
    }

    /**
     * A piece of input as a message quotes it: cut to {@value #MAX_QUOTE} characters, with an ellipsis and the
     * full length when cut, and each control character escaped as a backslash, {@code u} and four hex digits.
     *
     * @param text a piece of input
     * @return the text to quote
     */
    public static String clip(@Nullable String text) {
        return Quoting.clip(text);
    }

    /**
     * A message with every long quoted piece of input ({@code '...'}, {@code "..."}, or a run of more than
     * {@value #MAX_QUOTE} characters without white space) cut as {@link #clip} cuts it, and every control
     * character escaped: the parser's messages and some of ours quote names and values of any length.
     */
    static String clipQuoted(String message) {
        Matcher m = LONG_QUOTE.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String quoted = m.group();
            char first = quoted.charAt(0);
            String replacement = first == '\'' || first == '"'
                    ? first + clip(quoted.substring(1, quoted.length() - 1)) + first
                    : clip(quoted);
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return Quoting.escapeControls(b.toString());
    }

    private static SourceLocation location(@Nullable Location at, String source) {
        if (at == null) {
            return SourceLocation.of(source);
        }
        // Woodstox counts columns from 1 but says 0 before it has read anything, as for an empty document.
        int line = Math.max(0, at.getLineNumber());
        return new SourceLocation(source, line, line > 0 ? Math.max(1, at.getColumnNumber()) : 0);
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }
}
