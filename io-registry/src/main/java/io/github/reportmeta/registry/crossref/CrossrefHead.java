package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.internal.messages.Quoting;
import io.github.reportmeta.format.WriteOptions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code head} of a deposit, from the write options' settings, checked against what the schema accepts.
 *
 * @param batchId {@code doi_batch_id}
 * @param timestamp {@code timestamp}, digits
 * @param depositorName {@code depositor/depositor_name}
 * @param depositorEmail {@code depositor/email_address}
 * @param registrant {@code registrant}
 */
record CrossrefHead(String batchId, String timestamp, String depositorName, String depositorEmail, String registrant) {

    private static final String PREFIX = "crossref.";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    static CrossrefHead of(WriteOptions options) {
        return of(options, Clock.systemUTC());
    }

    static CrossrefHead of(WriteOptions options, Clock clock) {
        for (String key : options.settings().keySet()) {
            if (key.startsWith(PREFIX) && !CrossrefFormat.SETTINGS.contains(key)) {
                throw new IllegalArgumentException("unknown setting " + Quoting.clip(key) + " of format crossref;"
                        + " expected one of " + String.join(", ", CrossrefFormat.SETTINGS));
            }
        }
        Map<String, String> s = options.settings();
        List<String> missing = new ArrayList<>();
        for (String required : CrossrefFormat.SETTINGS.subList(0, 3)) {
            if (!s.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("format crossref needs the setting" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the depositor and the registrant of the deposit's head), given"
                    + " as --set KEY=VALUE on the command line or WriteOptions.with(KEY, VALUE)");
        }
        String timestamp = s.getOrDefault(CrossrefFormat.TIMESTAMP, clock.instant().atZone(ZoneOffset.UTC).format(NOW));
        if (!DIGITS.matcher(timestamp).matches()) {
            throw new IllegalArgumentException("setting " + CrossrefFormat.TIMESTAMP + " is '" + Quoting.clip(timestamp)
                    + "'; expected 1 to 19 digits, such as 20181210093000000 (yyyyMMddHHmmssSSS), larger than the"
                    + " timestamp of any earlier deposit of the same DOIs");
        }
        String batchId = s.getOrDefault(CrossrefFormat.BATCH_ID, "reportmeta-" + timestamp);
        return new CrossrefHead(
                text(CrossrefFormat.BATCH_ID, batchId, 4, 100),
                timestamp,
                text(CrossrefFormat.DEPOSITOR_NAME, s.get(CrossrefFormat.DEPOSITOR_NAME), 1, 130),
                text(CrossrefFormat.DEPOSITOR_EMAIL, s.get(CrossrefFormat.DEPOSITOR_EMAIL), 6, 200),
                text(CrossrefFormat.REGISTRANT, s.get(CrossrefFormat.REGISTRANT), 1, 255));
    }

    private static String text(String key, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max || value.isBlank()) {
            throw new IllegalArgumentException("setting " + key + " is '" + Quoting.clip(value) + "' (" + length
                    + " characters); Crossref expects " + min + " to " + max + " characters, not all blank");
        }
        int bad = XmlChars.firstIllegal(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("setting " + key + " holds " + XmlChars.describe(value, bad)
                    + ", a character XML 1.0 cannot carry");
        }
        return value;
    }
}
