package io.github.reportmeta.oai.provider;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A stateless resumption token: the list request it continues (verb, metadata prefix, from, until, set), the
 * offset of the next page in the selected list, and the fingerprint of the edition of the catalogues it was issued
 * for. Written as {@code 1|verb|prefix|from|until|set|offset|fingerprint} (empty fields for absent arguments) in
 * URL-safe Base64 without padding; none of the fields can hold a {@code |}.
 */
record ResumptionToken(
        Verb verb,
        @Nullable String prefix,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        @Nullable String set,
        int offset,
        String fingerprint) {

    /** The longest token accepted; a longer one was not issued here. */
    static final int MAX_LENGTH = 512;

    private static final String VERSION = "1";

    String encode() {
        String text = String.join("|", VERSION, verb.name(), orEmpty(prefix), from == null ? "" : from.toString(),
                until == null ? "" : until.toString(), orEmpty(set), Integer.toString(offset), fingerprint);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token sent with a verb, checking everything but the offset's place in its list.
     *
     * @throws OaiError.OaiException badResumptionToken, saying why
     */
    static ResumptionToken parse(String token, Verb verb, String fingerprint) {
        if (token.length() > MAX_LENGTH) {
            throw bad("it is longer than any token this repository issues");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("it is not one this repository issued");
        }
        String[] f = text.split("\\|", -1);
        if (f.length != 8 || !VERSION.equals(f[0])) {
            throw bad("it is not one this repository issued");
        }
        if (!verb.name().equals(f[1])) {
            throw bad("it continues a " + f[1].replaceAll("[^A-Za-z]", "") + " list, not " + verb.name());
        }
        if (!fingerprint.equals(f[7])) {
            throw bad("it was issued for another edition of the repository's catalogues; start the list again");
        }
        try {
            int offset = Integer.parseInt(f[6]);
            if (offset <= 0) {
                throw bad("its offset is out of range");
            }
            String prefix = emptyToNull(f[2]);
            String set = emptyToNull(f[5]);
            if (prefix != null && MetadataFormat.ofPrefix(prefix).isEmpty()) {
                throw bad("it names an unknown metadata format");
            }
            if (set != null && !SetSpecs.SYNTAX.matcher(set).matches()) {
                throw bad("it names an illegal set");
            }
            return new ResumptionToken(verb, prefix, day(f[3]), day(f[4]), set, offset, f[7]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw bad("it is not one this repository issued");
        }
    }

    /** The same request from another offset. */
    ResumptionToken at(int next) {
        return new ResumptionToken(verb, prefix, from, until, set, next, fingerprint);
    }

    private static @Nullable LocalDate day(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    static OaiError.OaiException bad(String why) {
        return OaiError.BAD_RESUMPTION_TOKEN.because("The resumption token is not valid: " + why + ".");
    }
}
