package io.github.reportmeta.text.internal;

import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rule that gives a report read from a listing page a stable id, the same for the same page every time.
 *
 * <ul>
 *   <li>With a series line: {@code <prefix>-<year>-<number>} for the primary series ({@code drc-2018-215}),
 *       {@code <prefix>-<series>-<year>-<number>} for any other ({@code drc-working-paper-2020-7}); without a
 *       year the year part is left out.
 *   <li>Without one: {@code <prefix>-} and the first 16 hex digits of the SHA-256 of the title, a NUL and the
 *       issued date in W3CDTF (empty when there is none).
 * </ul>
 *
 * <p>The prefix is the configured one, else the lower-cased acronym (else name) of the issuing organisation's
 * top-level parent, else {@code report}. Parts are lower-cased; runs of anything but ASCII letters and digits
 * become one hyphen; a part with no ASCII letter or digit (a series named in Chinese) becomes {@code s} and
 * the first 8 hex digits of its SHA-256.
 */
public final class ReportIds {

    private ReportIds() {}

    /**
     * The id of a report.
     *
     * @param prefix the configured prefix, or {@code null} to derive it
     * @param primarySeries the series whose ids leave out its name
     * @param number the series and number, or {@code null}
     * @param publisher the issuing organisation, or {@code null}
     * @param title the main title
     * @param issued the issued date, or {@code null}
     * @return the id
     */
    public static ReportId of(@Nullable String prefix, String primarySeries, @Nullable ReportNumber number,
            @Nullable Organization publisher, String title, @Nullable PartialDate issued) {
        StringBuilder id = new StringBuilder(prefix != null ? prefix : derivedPrefix(publisher));
        if (number != null) {
            if (!number.series().equalsIgnoreCase(primarySeries)) {
                id.append('-').append(slug(number.series()));
            }
            if (number.year() != null) {
                id.append('-').append(number.year());
            }
            id.append('-').append(slug(number.number()));
        } else {
            String basis = title + '\u0000' + (issued == null ? "" : issued.toString());
            id.append('-').append(sha256(basis), 0, 16);
        }
        return ReportId.of(id.toString());
    }

    private static String derivedPrefix(@Nullable Organization publisher) {
        if (publisher == null) {
            return "report";
        }
        Organization top = publisher.hierarchy().get(0);
        return slug(top.acronym() != null ? top.acronym() : top.name());
    }

    /**
     * A part of an id: lower-case ASCII letters and digits with single hyphens between runs.
     *
     * @param text the text
     * @return the slug, never empty
     */
    static String slug(String text) {
        StringBuilder b = new StringBuilder();
        boolean hyphen = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return b.length() == 0 ? "s" + sha256(text).substring(0, 8) : b.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
