package io.github.reportmeta.oai.provider;

import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.internal.messages.Quoting;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A request that passed the protocol's argument checks: a known verb, each argument legal for it, none
 * repeated or empty, the required ones present (or a resumption token alone), and every value well formed.
 *
 * @param verb the verb
 * @param arguments the arguments other than the verb, in the order given, to echo in the response
 */
record OaiRequest(Verb verb, Map<String, String> arguments) {

    /** The most arguments a request may have: the verb and four others at most are legal. */
    static final int MAX_ARGUMENTS = 16;

    /** The longest argument value accepted. */
    static final int MAX_VALUE_LENGTH = 2048;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /**
     * Checks a request's parameters.
     *
     * @throws OaiError.OaiException badVerb or badArgument, saying what is wrong
     */
    static OaiRequest parse(Map<String, List<String>> params) {
        List<String> verbs = params.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) {
            throw OaiError.BAD_VERB.because("The request has no verb; the verbs are Identify, ListMetadataFormats, "
                    + "ListSets, ListIdentifiers, ListRecords and GetRecord.");
        }
        if (verbs.size() > 1) {
            throw OaiError.BAD_VERB.because("The verb is repeated; a request has exactly one.");
        }
        if (!xmlCharacters(verbs.get(0))) {
            throw OaiError.BAD_VERB.because("The verb holds a character that XML cannot carry.");
        }
        Verb verb = Verb.named(verbs.get(0)).orElseThrow(() -> OaiError.BAD_VERB.because("'"
                + quote(verbs.get(0)) + "' is not a verb of OAI-PMH; the verbs are Identify, ListMetadataFormats, "
                + "ListSets, ListIdentifiers, ListRecords and GetRecord (case matters)."));
        if (params.size() > MAX_ARGUMENTS) {
            throw badArgument("The request has " + params.size() + " arguments; " + verb + " takes at most "
                    + (verb.required().size() + 3) + ".");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!xmlCharacters(name)) {
                throw badArgument("An argument's name holds a character that XML cannot carry.");
            }
            if (!verb.takes(name) && !(name.equals("resumptionToken") && verb.resumable())) {
                throw badArgument("'" + quote(name) + "' is not an argument of " + verb + ".");
            }
            if (e.getValue().size() != 1) {
                throw badArgument("The argument " + name + " is repeated; give it once.");
            }
            String value = e.getValue().get(0);
            if (value.isEmpty()) {
                throw badArgument("The argument " + name + " is empty.");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw badArgument("The argument " + name + " is longer than " + MAX_VALUE_LENGTH + " characters.");
            }
            if (!xmlCharacters(value)) {
                throw badArgument("The argument " + name + " holds a character that XML cannot carry.");
            }
            arguments.put(name, value);
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw badArgument("A resumptionToken is an exclusive argument: " + verb
                        + " takes it alone, but the request also has " + String.join(", ", others(arguments)) + ".");
            }
        } else {
            for (String name : verb.required()) {
                if (!arguments.containsKey(name)) {
                    throw badArgument(verb + " needs the argument " + name + ".");
                }
            }
        }
        OaiRequest request = new OaiRequest(verb, arguments);
        request.checkValues();
        return request;
    }

    private void checkValues() {
        String prefix = arguments.get("metadataPrefix");
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            throw badArgument("The metadataPrefix '" + quote(prefix) + "' is not a legal metadata prefix.");
        }
        String set = arguments.get("set");
        if (set != null && !SetSpecs.SYNTAX.matcher(set).matches()) {
            throw badArgument("The set '" + quote(set) + "' is not a legal setSpec.");
        }
        String identifier = arguments.get("identifier");
        if (identifier != null) {
            try {
                new URI(identifier);
            } catch (URISyntaxException e) {
                throw badArgument("The identifier '" + quote(identifier) + "' is not a URI.");
            }
        }
        String from = arguments.get("from");
        String until = arguments.get("until");
        if (from != null && until != null && from.length() != until.length()
                && (SECOND.matcher(from).matches() || SECOND.matcher(until).matches())) {
            throw badArgument("from and until have different granularities ('" + quote(from) + "' and '"
                    + quote(until) + "'); give both as YYYY-MM-DD.");
        }
        LocalDate fromDay = day("from", from);
        LocalDate untilDay = day("until", until);
        if (fromDay != null && untilDay != null && untilDay.isBefore(fromDay)) {
            throw badArgument("until (" + until + ") is earlier than from (" + from + ").");
        }
    }

    @Nullable LocalDate from() {
        return day("from", arguments.get("from"));
    }

    @Nullable LocalDate until() {
        return day("until", arguments.get("until"));
    }

    @Nullable String get(String name) {
        return arguments.get(name);
    }

    private static @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (SECOND.matcher(value).matches()) {
            throw badArgument("The argument " + name + " is '" + value + "', in seconds; this repository's "
                    + "granularity is days: give YYYY-MM-DD.");
        }
        if (!DAY.matcher(value).matches()) {
            throw badArgument("The argument " + name + " is '" + quote(value) + "'; a date must be YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw badArgument("The argument " + name + " is '" + value + "', which is no date of the calendar.");
        }
    }

    private static List<String> others(Map<String, String> arguments) {
        return arguments.keySet().stream().filter(k -> !k.equals("resumptionToken")).toList();
    }

    static OaiError.OaiException badArgument(String message) {
        return OaiError.BAD_ARGUMENT.because(message);
    }

    /** A value quoted in a message: clipped, control characters escaped. */
    static String quote(String value) {
        return Quoting.clip(value);
    }

    /** Whether every character of a text is one XML 1.0 allows. */
    static boolean xmlCharacters(String text) {
        return XmlChars.firstIllegal(text) < 0;
    }
}
