package io.github.reportmeta.oai.provider;

import java.util.Optional;
import java.util.Set;

/** The six verbs of OAI-PMH 2.0, with the arguments each takes. */
enum Verb {
    Identify(Set.of(), Set.of(), false),
    ListMetadataFormats(Set.of(), Set.of("identifier"), false),
    ListSets(Set.of(), Set.of(), true),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of(), false);

    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    Verb(Set<String> required, Set<String> optional, boolean resumable) {
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    /** The arguments the verb must have, unless it is resumed. */
    Set<String> required() {
        return required;
    }

    /** Whether the verb takes an argument (other than {@code verb} and {@code resumptionToken}). */
    boolean takes(String argument) {
        return required.contains(argument) || optional.contains(argument);
    }

    /** Whether the verb lists items in pages that a resumption token continues. */
    boolean resumable() {
        return resumable;
    }

    static Optional<Verb> named(String name) {
        for (Verb v : values()) {
            if (v.name().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
