package io.github.reportmeta.dc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The terms the writers use, whose names are made once: the writer asks for one per statement. */
    private static final List<String> TERMS = List.of("title", "alternative", "creator", "subject", "description",
            "abstract", "publisher", "contributor", "date", "issued", "created", "dateSubmitted", "dateAccepted",
            "available", "modified", "dateCopyrighted", "type", "identifier", "language", "relation", "isPartOf",
            "hasVersion", "isVersionOf", "hasPart", "replaces", "isReplacedBy", "references", "rights", "license",
            "format", "extent", "medium", "source", "coverage", "spatial", "temporal", "bibliographicCitation");
    private static final Map<String, String> DC_NAMES = names("dc:");
    private static final Map<String, String> DCTERMS_NAMES = names("dcterms:");

    private static Map<String, String> names(String prefix) {
        Map<String, String> names = new HashMap<>();
        for (String term : TERMS) {
            names.put(term, prefix + term);
        }
        return Map.copyOf(names);
    }

    /** The name as written, such as {@code dc:title} or {@code dcterms:abstract}. */
    String qname() {
        String name = (qualified ? DCTERMS_NAMES : DC_NAMES).get(term);
        return name != null ? name : (qualified ? "dcterms:" : "dc:") + term;
    }
}
