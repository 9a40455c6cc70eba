package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Nested
    class PersonNames {
        @Test
        void romanisedChineseNameIsFamilyFirst() {
            PersonName name = PersonName.parse("Long Haibo", NameOrder.FAMILY_FIRST);

            assertThat(name.family()).isEqualTo("Long");
            assertThat(name.given()).isEqualTo("Haibo");
            assertThat(name.displayName()).isEqualTo("Long Haibo");
            assertThat(name.invertedName()).isEqualTo("Long, Haibo");
        }

        @Test
        void nameInHanCharactersIsWrittenWithoutASpace() {
            assertThat(PersonName.familyFirst("刘", "洋").displayName()).isEqualTo("刘洋");
            assertThat(PersonName.familyFirst("Liu", "洋").displayName()).isEqualTo("Liu 洋");
        }

        @Test
        void westernNameIsGivenFirst() {
            PersonName name = PersonName.parse("Anne Marie Smith", NameOrder.GIVEN_FIRST);

            assertThat(name.family()).isEqualTo("Smith");
            assertThat(name.given()).isEqualTo("Anne Marie");
            assertThat(name.displayName()).isEqualTo("Anne Marie Smith");
            assertThat(name.invertedName()).isEqualTo("Smith, Anne Marie");
        }

        @Test
        void particlesAndSuffixesHaveTheirPlaces() {
            PersonName name = PersonName.of("Ludwig", "Beethoven").withParticleAndSuffix("van", "Jr.");

            assertThat(name.displayName()).isEqualTo("Ludwig van Beethoven Jr.");
            assertThat(name.invertedName()).isEqualTo("Beethoven, Ludwig van, Jr.");
        }

        @Test
        void originalScriptFormIsKeptWithItsLanguage() {
            PersonName name = PersonName.familyFirst("Long", "Haibo").withOriginal("龙海波", LanguageTag.CHINESE);

            assertThat(name.original()).isEqualTo(LocalizedText.of("龙海波", LanguageTag.CHINESE));
            assertThat(name.displayName()).isEqualTo("Long Haibo");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Long, Haibo  | Long  | Haibo
                Smith, Jane  | Smith | Jane
                Smith        | Smith |
                """)
        void readsTheInvertedForm(String text, String family, String given) {
            PersonName name = PersonName.parseInverted(text, NameOrder.GIVEN_FIRST);
            assertThat(name.family()).isEqualTo(family);
            assertThat(name.given()).isEqualTo(given);
        }

        @Test
        void invertedFormWithoutCommaOfSeveralWordsIsLiteral() {
            assertThat(PersonName.parseInverted("Ng Wai bin Abdullah", NameOrder.GIVEN_FIRST).literal())
                    .isEqualTo("Ng Wai bin Abdullah");
        }

        @Test
        void literalNameIsWrittenAsItIs() {
            PersonName name = PersonName.literal("Ng Wai bin Abdullah");
            assertThat(name.isLiteral()).isTrue();
            assertThat(name.displayName()).isEqualTo("Ng Wai bin Abdullah");
            assertThat(name.invertedName()).isEqualTo("Ng Wai bin Abdullah");
        }

        @Test
        void rejectsANameWithNothingInIt() {
            assertThatThrownBy(() -> new PersonName(null, null, null, null, NameOrder.GIVEN_FIRST, null, null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("needs a family name, a given name or a literal form");
            assertThatThrownBy(() -> PersonName.parse("  ", NameOrder.FAMILY_FIRST))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void rejectsBothPartsAndALiteral() {
            assertThatThrownBy(() -> new PersonName("Long", null, null, null, NameOrder.FAMILY_FIRST, "Long Haibo", null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("either literal or made of parts");
        }
    }

    @Nested
    class Organizations {
        @Test
        void departmentKnowsItsHierarchy() {
            Organization drc = Organization.of("Development Research Center of the State Council", "DRC");
            Organization department = Organization.of("Research Department of Innovation Development").withParent(drc);

            assertThat(department.hierarchy()).containsExactly(drc, department);
            assertThat(department).hasToString("Research Department of Innovation Development, DRC");
        }
    }

    @Nested
    class ReportNumbers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Research Report, No.215, 2018 | Research Report | 215 | No.215  | 2018
                Working Paper, No. 7a         | Working Paper   | 7a  | No. 7a  |
                Policy Brief, Nr. 12, 2020    | Policy Brief    | 12  | Nr. 12  | 2020
                """)
        void parseKeepsTheWrittenNumberAndPrintsItBack(String text, String series, String number, String raw, Integer year) {
            ReportNumber parsed = ReportNumber.parse(text);

            assertThat(parsed).isEqualTo(new ReportNumber(series, number, raw, year));
            assertThat(parsed.toString()).isEqualTo(text);
        }

        @Test
        void rejectsTextWithoutANumber() {
            assertThatThrownBy(() -> ReportNumber.parse("Research Report 2018"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("'Research Report 2018'");
        }

        @Test
        void rejectsAWrittenFormThatLacksTheNumber() {
            assertThatThrownBy(() -> new ReportNumber("Research Report", "215", "No.216", 2018))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class LanguageTags {
        @Test
        void keepsTheTagAsWritten() {
            assertThat(LanguageTag.parse("zh-Hans-CN").value()).isEqualTo("zh-Hans-CN");
            assertThat(LanguageTag.parse("EN").sameAs(LanguageTag.ENGLISH)).isTrue();
            assertThat(LanguageTag.parse("zh-CN").toLocale().getCountry()).isEqualTo("CN");
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"", "en US", "zh_CN", "中文"})
        void rejectsTextThatCannotBeATag(String text) {
            assertThatThrownBy(() -> LanguageTag.parse(text)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class Enums {
        @Test
        void codesAreLowerCaseHyphenatedAndReadBack() {
            assertThat(Role.RESEARCH_TEAM.code()).isEqualTo("research-team");
            assertThat(Role.ofCode("research-team")).isEqualTo(Role.RESEARCH_TEAM);
            assertThat(ReportType.ofCode("Policy-Brief")).isEqualTo(ReportType.POLICY_BRIEF);
            assertThat(RelationType.ofCode("is-part-of")).isEqualTo(RelationType.IS_PART_OF);
            assertThat(MetricType.ofCode("views")).isEqualTo(MetricType.VIEWS);
        }

        @Test
        void unknownCodeSaysWhatIsKnown() {
            assertThatThrownBy(() -> Role.ofCode("ghostwriter"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("role must be one of author, editor, contributor, research-team");
        }
    }

    @Nested
    class Lists {
        @Test
        void listsAreCopiedSoTheModelCannotChangeUnderfoot() {
            List<Organization> affiliations = new java.util.ArrayList<>(List.of(Organization.of("DRC")));
            Person person = new Person(PersonName.literal("X"), null, affiliations);
            affiliations.clear();

            assertThat(person.affiliations()).hasSize(1);
            assertThatThrownBy(() -> person.affiliations().add(Organization.of("Y")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void nullListsAreRejected() {
            assertThatThrownBy(() -> new Person(PersonName.literal("X"), null, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
