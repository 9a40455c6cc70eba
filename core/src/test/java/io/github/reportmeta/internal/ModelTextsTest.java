package io.github.reportmeta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalIdentifier;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.testing.RandomReports;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelTextsTest {

    @Nested
    class Walk {

        @Test
        void visitsEveryStringWithTheJsonPointerOfItsField() {
            Report r = Report.builder("r-1")
                    .title(LocalizedText.of("Title", "en"))
                    .author(Author.person(PersonName.familyFirst("Long", "Haibo")))
                    .publisher(Organization.of("Department").withParent(Organization.of("DRC")))
                    .keyword(Keyword.of("economy"))
                    .identifier(LocalIdentifier.parse("local-7"))
                    .build();
            Map<String, String> seen = new LinkedHashMap<>();
            ModelTexts.walk(r, "", seen::put);

            assertThat(seen).containsEntry("/id", "r-1")
                    .containsEntry("/titles/0/text", "Title")
                    .containsEntry("/titles/0/language", "en")
                    .containsEntry("/authors/0/agent/name/family", "Long")
                    .containsEntry("/publisher/name", "Department")
                    .containsEntry("/publisher/parent/name", "DRC")
                    .containsEntry("/keywords/0/term", "economy")
                    .containsEntry("/identifiers/0/value", "local-7");
        }

        @Test
        void reachesEveryTextOfTheMaximalReport() {
            Report maximal = RandomReports.withSeed(7).maximalReport();
            Map<String, String> seen = new LinkedHashMap<>();
            ModelTexts.walk(maximal, "", seen::put);

            assertThat(seen).containsEntry("/abstracts/0/text", maximal.abstracts().get(0).text())
                    .containsEntry("/rights", maximal.rights())
                    .containsEntry("/number/series", maximal.number().series())
                    .containsKey("/relations/0/target/value");
        }
    }

    @Nested
    class Quote {

        @Test
        void escapesControlCharactersAndUnpairedSurrogates() {
            assertThat(ModelTexts.quote("a\u001B[2J\u0085\uD800b\uD83D\uDE00"))
                    .isEqualTo("'a\\u001B[2J\\u0085\\uD800b\uD83D\uDE00'");
        }

        @Test
        void cutsLongTextToEightyCharactersAndSaysHowLongItWas() {
            assertThat(ModelTexts.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(80) + "'\u2026 (100 characters)");
        }
    }
}
