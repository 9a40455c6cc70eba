package io.github.reportmeta;

import java.util.Locale;
import java.util.function.Function;

/** The kinds of {@link Identifier}, each able to parse its own text form. */
public enum IdentifierScheme {
    /** A Digital Object Identifier, {@code 10.1234/abc}. */
    DOI("doi", Doi.class, Doi::parse),
    /** An International Standard Book Number, ten or thirteen digits. */
    ISBN("isbn", Isbn.class, Isbn::parse),
    /** An International Standard Serial Number, {@code 1234-567X}. */
    ISSN("issn", Issn.class, Issn::parse),
    /** A Handle System identifier, {@code 20.500.12345/678}. */
    HANDLE("handle", Handle.class, Handle::parse),
    /** A Uniform Resource Name, {@code urn:nbn:de:0001-12345}. */
    URN("urn", Urn.class, Urn::parse),
    /** A web address, {@code https://example.org/report/215}. */
    URL("url", Url.class, Url::parse),
    /** An identifier that only means something to its publisher. */
    LOCAL("local", LocalIdentifier.class, LocalIdentifier::parse);

    private final String code;
    private final Class<? extends Identifier> type;
    private final Function<CharSequence, Identifier> parser;

    IdentifierScheme(String code, Class<? extends Identifier> type, Function<CharSequence, Identifier> parser) {
        this.code = code;
        this.type = type;
        this.parser = parser;
    }

    /** The scheme of an identifier type; each permitted subtype of {@link Identifier} has one. */
    static IdentifierScheme of(Class<? extends Identifier> identifierType) {
        for (IdentifierScheme scheme : values()) {
            if (scheme.type == identifierType) {
                return scheme;
            }
        }
        throw new IllegalStateException("no identifier scheme for " + identifierType.getName());
    }

    /**
     * The lower-case name used in documents, such as {@code doi}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Parses an identifier of this scheme.
     *
     * @param text the text form
     * @return the identifier
     * @throws InvalidValueException if the text is not an identifier of this scheme
     */
    public Identifier parse(CharSequence text) {
        return parser.apply(text);
    }

    /**
     * The scheme with a code, ignoring case.
     *
     * @param code a code such as {@code doi}
     * @return the scheme
     * @throws InvalidValueException if no scheme has that code
     */
    public static IdentifierScheme ofCode(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        for (IdentifierScheme scheme : values()) {
            if (scheme.code.equals(lower)) {
                return scheme;
            }
        }
        throw new InvalidValueException("identifier scheme must be one of doi, isbn, issn, handle, urn, url, local", code);
    }
}
