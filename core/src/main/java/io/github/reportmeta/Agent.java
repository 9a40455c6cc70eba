package io.github.reportmeta;

/** Someone who can author a report: a {@link Person} or an {@link Organization}. */
public sealed interface Agent permits Person, Organization {

    /**
     * The agent's name as it is written in running text.
     *
     * @return the display name
     */
    String displayName();
}
