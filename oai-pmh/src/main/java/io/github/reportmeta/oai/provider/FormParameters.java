package io.github.reportmeta.oai.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text, a query or a POST body, strictly. */
final class FormParameters {

    private FormParameters() {}

    /**
     * The parameters of a form, each name with its values in order.
     *
     * @throws IllegalArgumentException if a percent escape or the UTF-8 it encodes is malformed
     */
    static Map<String, List<String>> parse(String form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        return Identifiers.percentDecoded(text.replace('+', ' '))
                .orElseThrow(() -> new IllegalArgumentException("a percent escape or the UTF-8 it encodes is malformed"));
    }
}
