package io.github.reportmeta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The name tables {@link ModelReader} hands the parser: a known name is matched from the input bytes to its position,
 * in every spelling JSON allows, and anything else is left to the caller as an unknown name.
 */
class PropertyNameTablesTest {

    private static final ModelReader.Names REPORT = new ModelReader.Names(ModelReader.REPORT.keySet().toArray(String[]::new));

    /** The match of each name of an object, in order, and the name the parser's context holds for it. */
    private static List<String> matches(ModelReader.Names names, String json) {
        return matches(names.matcher, json);
    }

    private static List<String> matches(PropertyNameMatcher matcher, String json) {
        List<String> seen = new ArrayList<>();
        try (JsonParser p = JsonSetup.READER_FACTORY.createParser(ObjectReadContext.empty(),
                json.getBytes(StandardCharsets.UTF_8))) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            int match;
            while ((match = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
                seen.add(match + ":" + p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        }
        return seen;
    }

    @Nested
    class KnownNames {
        @Test
        void everyPropertyOfAReportIsMatchedToItsPosition() {
            StringBuilder json = new StringBuilder("{");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < REPORT.size(); i++) {
                json.append(i == 0 ? "" : ",").append('"').append(REPORT.name(i)).append("\":0");
                expected.add(i + ":" + REPORT.name(i));
            }
            assertThat(matches(REPORT, json.append('}').toString())).containsExactlyElementsOf(expected);
        }

        @Test
        void aNameOfEveryLengthUpToTheLongestIsMatched() {
            ModelReader.Names names = new ModelReader.Names("a", "ab", "abc", "abcd", "abcde", "abcdefgh",
                    "abcdefghi", "abcdefghijkl", "abcdefghijklm", "abcdefghijklmnopq");
            StringBuilder json = new StringBuilder("{");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                json.append(i == 0 ? "" : ",").append('"').append(names.name(i)).append("\":null");
                expected.add(i + ":" + names.name(i));
            }
            assertThat(matches(names, json.append('}').toString())).containsExactlyElementsOf(expected);
        }

        @Test
        void theParserMatchesEveryKnownNameFromItsBytesWithoutTheStringLookUp() {
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < REPORT.size(); i++) {
                json.append(i == 0 ? "" : ",").append('"').append(REPORT.name(i)).append("\":0");
            }
            // The parser matches bytes only with some input left after the name, as inside any document.
            json.append(" ".repeat(64)).append('}');
            Counting counting = new Counting(REPORT);
            assertThat(matches(counting, json.toString())).hasSize(REPORT.size());
            assertThat(counting.byString).as("names the parser had to build and look up as strings").isEmpty();
        }

        @Test
        void anEscapedSpellingOfAKnownNameIsTheKnownName() {
            assertThat(matches(REPORT, "{\"\\u0069d\":1,\"t\\u0079pe\":2}")).containsExactly("0:id", "10:type");
        }
    }

    @Nested
    class UnknownNames {
        @Test
        void aNameOutsideTheTableIsUnknownAndKeepsItsSpelling() {
            int unknown = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
            assertThat(matches(REPORT, "{\"Id\":1,\"idx\":2,\"i\":3,\"\":4,\"titel\\u00e9\":5,\"\\u0000id\":6,"
                    + "\"id\\u0000\":7,\"type\\u0000\\u0000\\u0000\\u0000\":8}" + " ".repeat(64)))
                    .containsExactly(unknown + ":Id", unknown + ":idx", unknown + ":i", unknown + ":",
                            unknown + ":titelé", unknown + ":\u0000id", unknown + ":id\u0000",
                            unknown + ":type\u0000\u0000\u0000\u0000");
        }

        @Test
        void aNameThatDiffersOnlyAfterItsFirstQuadsIsUnknown() {
            ModelReader.Names names = new ModelReader.Names("abcdefghijklmnopq");
            assertThat(matches(names, "{\"abcdefghijklmnopr\":1,\"abcdefghijklmnop\":2}"))
                    .containsExactly(PropertyNameMatcher.MATCH_UNKNOWN_NAME + ":abcdefghijklmnopr",
                            PropertyNameMatcher.MATCH_UNKNOWN_NAME + ":abcdefghijklmnop");
        }
    }

    /** The report's table, recording each name the parser could not match from bytes and asked for as a string. */
    private static final class Counting extends PropertyNameMatcher {
        private static final long serialVersionUID = 1L;

        final transient List<String> byString = new ArrayList<>();
        private final transient PropertyNameMatcher table;

        Counting(ModelReader.Names names) {
            super(null, null, names.matcher.nameLookup());
            this.table = names.matcher;
        }

        @Override
        public int matchName(String name) {
            byString.add(name);
            return table.matchName(name);
        }

        @Override
        public int matchByQuad(int q1) {
            return table.matchByQuad(q1);
        }

        @Override
        public int matchByQuad(int q1, int q2) {
            return table.matchByQuad(q1, q2);
        }

        @Override
        public int matchByQuad(int q1, int q2, int q3) {
            return table.matchByQuad(q1, q2, q3);
        }

        @Override
        public int matchByQuad(int[] q, int qlen) {
            return table.matchByQuad(q, qlen);
        }
    }
}
