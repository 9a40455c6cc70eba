package io.github.reportmeta;

/**
 * An enum of the model that documents name by a code: its constant's name in lower case, with hyphens for
 * underscores ({@code RESEARCH_REPORT} is {@code research-report}). Each such enum reads a code back with its own
 * {@code ofCode}.
 */
public interface Coded {

    /**
     * The lower-case name used in documents, such as {@code research-report}.
     *
     * @return the code
     */
    default String code() {
        return Codes.of((Enum<?>) this);
    }
}
