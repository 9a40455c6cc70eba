package io.github.reportmeta;

/**
 * A typed identifier of a report: a DOI, an ISBN, an ISSN, a Handle, a URN, a URL or a local identifier.
 *
 * <p>Each kind checks its syntax when built, so text that is no identifier never enters the model.
 */
public sealed interface Identifier permits Doi, Isbn, Issn, Handle, Urn, Url, LocalIdentifier {

    /**
     * The kind of this identifier.
     *
     * @return the scheme
     */
    default IdentifierScheme scheme() {
        return IdentifierScheme.of(getClass());
    }

    /**
     * The identifier in its canonical text form, as {@link IdentifierScheme#parse} reads it back.
     *
     * @return the text form
     */
    String value();

    /**
     * Builds an identifier of a scheme from its text.
     *
     * @param scheme the kind of identifier
     * @param text its text form
     * @return the identifier
     * @throws InvalidValueException if the text is not an identifier of that scheme
     */
    static Identifier of(IdentifierScheme scheme, CharSequence text) {
        return scheme.parse(text);
    }
}
