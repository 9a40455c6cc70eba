package io.github.reportmeta.dc;

import org.jspecify.annotations.Nullable;

/**
 * One Dublin Core statement: an element of the DC elements or DC terms namespace with its text, language and
 * encoding scheme.
 *
 * @param term the term, such as {@code title} (DC elements) or {@code abstract} (DC terms)
 * @param qualified whether the term is in the DC terms namespace
 * @param value the text
 * @param language the {@code xml:lang}, or {@code null}
 * @param scheme the local name of the {@code dcterms:} encoding scheme for {@code xsi:type}, or {@code null}
 */
record DcStatement(String term, boolean qualified, String value, @Nullable String language, @Nullable String scheme) {

    static DcStatement dc(String term, String value) {
        return new DcStatement(term, false, value, null, null);
    }

    static DcStatement dc(String term, String value, @Nullable String language) {
        return new DcStatement(term, false, value, language, null);
    }

    static DcStatement terms(String term, String value, @Nullable String language, @Nullable String scheme) {
        return new DcStatement(term, true, value, language, scheme);
    }

    /** The name as written, such as {@code dc:title} or {@code dcterms:abstract}. */
    String qname() {
        return (qualified ? "dcterms:" : "dc:") + term;
    }
}
