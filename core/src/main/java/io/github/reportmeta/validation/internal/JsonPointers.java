package io.github.reportmeta.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns Bean Validation property paths into RFC 6901 JSON Pointers over the documents' field names. */
public final class JsonPointers {

    private JsonPointers() {}

    /**
     * The JSON Pointer of a property path: {@code reports[3].authors[0].agent.orcid} becomes
     * {@code /reports/3/authors/0/agent/orcid}.
     *
     * @param prefix a pointer to put in front, such as {@code /reports/3}, or the empty string
     * @param path the property path
     * @return the pointer; the empty string points at the whole document
     */
    public static String of(String prefix, Path path) {
        StringBuilder pointer = new StringBuilder(prefix);
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            ElementKind kind = node.getKind();
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /**
     * Escapes a reference token: {@code ~} as {@code ~0} and {@code /} as {@code ~1}.
     *
     * @param token the token
     * @return the escaped token
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
