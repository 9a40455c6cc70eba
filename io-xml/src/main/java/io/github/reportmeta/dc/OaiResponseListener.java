package io.github.reportmeta.dc;

import org.jspecify.annotations.Nullable;

/**
 * What an OAI-PMH response holds besides its records, as the {@code oai_dc} reader meets it: each record's header,
 * the resumption token, and an {@code <error>}. A harvester needs these to follow a list across pages; the reader
 * itself still notes them and treats them as it always does (a deleted record is left out, an error other than
 * {@code noRecordsMatch} fails the read). Every method does nothing unless overridden.
 *
 * @see OaiDcFormat#openResponse(java.io.InputStream, io.github.reportmeta.format.ReadOptions, OaiResponseListener)
 */
public interface OaiResponseListener {

    /**
     * A record's {@code <header>}, told once it has been read whole, before the record's metadata.
     *
     * @param identifier the header's identifier, or {@code null} when it has none (the record then fails)
     * @param datestamp the header's datestamp as written, stripped, or {@code null} when it has none
     * @param deleted whether the header says {@code status="deleted"}
     */
    default void header(@Nullable String identifier, @Nullable String datestamp, boolean deleted) {}

    /**
     * The {@code <resumptionToken>} of a list response; an empty token means the list is complete.
     *
     * @param token the token, stripped; empty at the end of the list
     * @param completeListSize the {@code completeListSize} attribute, or {@code null}
     * @param cursor the {@code cursor} attribute, or {@code null}
     */
    default void resumptionToken(String token, @Nullable String completeListSize, @Nullable String cursor) {}

    /**
     * An {@code <error>} of the response, told before the reader notes it ({@code noRecordsMatch}) or fails.
     *
     * @param code the {@code code} attribute, or the empty string when it has none
     * @param message the error's text, stripped
     */
    default void error(String code, String message) {}
}
