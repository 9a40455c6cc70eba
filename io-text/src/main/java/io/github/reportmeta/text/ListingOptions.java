package io.github.reportmeta.text;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the {@code listing} format reads report pages: the order of romanised names, the language, the organisations
 * a page names by acronym, and how report ids are made.
 *
 * <pre>{@code
 * ReportFormat listing = new ListingFormat(ListingOptions.DEFAULT.withNameOrder(NameOrder.GIVEN_FIRST));
 * }</pre>
 *
 * @param nameOrder the order romanised names on the "By ..." line are written in; Chinese characters are always
 *     family name first
 * @param language the language of the pages, or {@code null} to tell per report: Chinese when the title holds
 *     Chinese characters, English otherwise
 * @param idPrefix the first part of every report id, or {@code null} to use the lower-cased acronym of the
 *     issuing organisation (its top-level parent), else {@code report}
 * @param primarySeries the series whose reports get ids without the series name, such as "Research Report"
 * @param organizations organisations by the acronym or name a page writes them with, such as DRC
 */
public record ListingOptions(
        NameOrder nameOrder,
        @Nullable LanguageTag language,
        @Nullable String idPrefix,
        String primarySeries,
        Map<String, Organization> organizations) {

    /** The Development Research Center of the State Council, which the layout comes from. */
    public static final Organization DRC = Organization.of("Development Research Center of the State Council", "DRC");

    /** Romanised names family first, language by script, id prefix from the publisher, DRC known by its acronym. */
    public static final ListingOptions DEFAULT =
            new ListingOptions(NameOrder.FAMILY_FIRST, null, null, "Research Report", Map.of("DRC", DRC));

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Checks the values and copies the map. */
    public ListingOptions {
        Objects.requireNonNull(nameOrder, "nameOrder");
        Objects.requireNonNull(primarySeries, "primarySeries");
        if (idPrefix != null && !PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException(
                    "id prefix must be lower-case letters and digits in hyphen-separated words, but was '" + idPrefix + "'");
        }
        organizations = Map.copyOf(organizations);
    }

    /**
     * These options with romanised names read in another order.
     *
     * @param value the order
     * @return a copy
     */
    public ListingOptions withNameOrder(NameOrder value) {
        return new ListingOptions(value, language, idPrefix, primarySeries, organizations);
    }

    /**
     * These options with a fixed language.
     *
     * @param value the language of the pages, or {@code null} to tell it per report
     * @return a copy
     */
    public ListingOptions withLanguage(@Nullable LanguageTag value) {
        return new ListingOptions(nameOrder, value, idPrefix, primarySeries, organizations);
    }

    /**
     * These options with a fixed id prefix.
     *
     * @param value the prefix, such as {@code drc}, or {@code null} to derive it
     * @return a copy
     */
    public ListingOptions withIdPrefix(@Nullable String value) {
        return new ListingOptions(nameOrder, language, value, primarySeries, organizations);
    }

    /**
     * These options with another primary series.
     *
     * @param value the series whose ids leave out its name
     * @return a copy
     */
    public ListingOptions withPrimarySeries(String value) {
        return new ListingOptions(nameOrder, language, idPrefix, value, organizations);
    }

    /**
     * These options with one more organisation a page names by a short form.
     *
     * @param writtenAs the acronym or name as the page writes it
     * @param organization the organisation it stands for
     * @return a copy
     */
    public ListingOptions withOrganization(String writtenAs, Organization organization) {
        Map<String, Organization> map = new LinkedHashMap<>(organizations);
        map.put(writtenAs, organization);
        return new ListingOptions(nameOrder, language, idPrefix, primarySeries, map);
    }
}
