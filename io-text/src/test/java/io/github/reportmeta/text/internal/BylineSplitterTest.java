package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.text.ListingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineSplitterTest {

    private final BylineSplitter splitter = new BylineSplitter(NameOrder.FAMILY_FIRST, Map.of("DRC", ListingOptions.DRC));

    /**
     * A compact form of a split: authors as {@code person Family/Given}, {@code team Name}, {@code org Name} or
     * {@code literal Name}, then {@code publisher A < B} (unit first, parent after), separated by {@code  | }.
     */
    private String describe(BylineSplitter.Byline b) {
        List<String> parts = new ArrayList<>();
        for (Author a : b.authors()) {
            if (a.agent() instanceof Person p) {
                PersonName n = p.name();
                parts.add(n.isLiteral() ? "literal " + n.literal() : "person " + n.family() + "/" + n.given());
            } else {
                parts.add((a.role() == io.github.reportmeta.Role.RESEARCH_TEAM ? "team " : "org ")
                        + ((Organization) a.agent()).name());
            }
        }
        if (b.publisher() != null) {
            List<String> chain = new ArrayList<>();
            for (Organization o = b.publisher(); o != null; o = o.parent()) {
                chain.add(o.acronym() != null ? o.acronym() : o.name());
            }
            parts.add("publisher " + String.join(" < ", chain));
        }
        return String.join(" | ", parts);
    }

    @Nested
    class SplitsTheLine {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', textBlock = """
                Long Haibo                                         # person Long/Haibo
                Zhang Wei, Li Na                                   # person Zhang/Wei | person Li/Na
                Zhang Wei and Li Na                                # person Zhang/Wei | person Li/Na
                Zhang Wei & Li Na                                  # person Zhang/Wei | person Li/Na
                Zhang Wei, Li Na, and Sun Hao                      # person Zhang/Wei | person Li/Na | person Sun/Hao
                Zhang Wei; Li Na                                   # person Zhang/Wei | person Li/Na
                Ouyang Jian Guo                                    # person Ouyang/Jian Guo
                Zhang Li-wei                                       # person Zhang/Li-wei
                LONG Haibo                                         # person LONG/Haibo
                Research Team on Trade                             # team Research Team on Trade
                Project Group on Ageing                            # team Project Group on Ageing
                Zhang Wei and Research Team on Trade and Industry  # person Zhang/Wei | team Research Team on Trade and Industry
                Research Department of Science and Technology, DRC # publisher Research Department of Science and Technology < DRC
                Zhang Wei, Institute of World Development, DRC     # person Zhang/Wei | publisher Institute of World Development < DRC
                Zhang Wei, Office A, Department B, DRC             # person Zhang/Wei | publisher Office A < Department B < DRC
                Zhang Wei, DRC                                     # person Zhang/Wei | publisher DRC
                DRC, Zhang Wei                                     # org Development Research Center of the State Council | person Zhang/Wei
                Zhang Wei, OECD                                    # person Zhang/Wei | publisher OECD
                Zhang Wei, Centre for Trade Studies (CTS)          # person Zhang/Wei | publisher CTS
                Zhang Wei, the editors                             # person Zhang/Wei | literal the editors
                刘洋、陈静                                          # person 刘/洋 | person 陈/静
                欧阳明远，课题组                                     # person 欧阳/明远 | team 课题组
                刘洋，宏观经济研究部，DRC                             # person 刘/洋 | publisher 宏观经济研究部 < DRC
                约翰·史密斯                                         # literal 约翰·史密斯
                """)
        void splitsPersonsTeamsAndTheIssuingUnit(String line, String expected) {
            assertThat(describe(splitter.split(line))).isEqualTo(expected);
        }

        @Test
        void keepsCommasAndAndInsideQuotationMarks() {
            String line = "Research Team on \u201cTrade, Investment and Growth\u201d, Zhang Wei";
            assertThat(describe(splitter.split(line)))
                    .isEqualTo("team Research Team on \u201cTrade, Investment and Growth\u201d | person Zhang/Wei");
            assertThat(describe(splitter.split("Research Team on \"Trade, Growth\" and Zhang Wei")))
                    .isEqualTo("team Research Team on \"Trade, Growth\" and Zhang Wei");
        }

        @Test
        void keepsAKnownNameWholeEvenWhenItStartsWithAPersonsName() {
            BylineSplitter withFirm = new BylineSplitter(NameOrder.FAMILY_FIRST,
                    Map.of("Gao Hua and Partners", Organization.of("Gao Hua and Partners Consulting", "GHP")));
            assertThat(describe(withFirm.split("Zhang Wei, Gao Hua and Partners")))
                    .isEqualTo("person Zhang/Wei | publisher GHP");
            assertThat(describe(withFirm.split("Zhang Wei and Li Na and Research Team on Trade")))
                    .isEqualTo("person Zhang/Wei | person Li/Na | team Research Team on Trade");
        }

        @Test
        void readsRomanisedNamesInTheConfiguredOrder() {
            BylineSplitter western = new BylineSplitter(NameOrder.GIVEN_FIRST, Map.of());
            assertThat(describe(western.split("Jane Smith and Ludwig van Beethoven")))
                    .isEqualTo("person Smith/Jane | person Beethoven/Ludwig van");
        }
    }

    @Nested
    class TellsACleanLine {

        @Test
        void callsALineCleanWhenEveryItemIsPlaced() {
            assertThat(splitter.split("Zhang Wei, Research Department of Rural Economy, DRC").isClean()).isTrue();
        }

        @Test
        void callsAnAbstractSentenceUnclean() {
            BylineSplitter.Byline b = splitter.split("2030, the share of services will double");
            assertThat(b.isClean()).isFalse();
            assertThat(b.problems()).hasSize(2);
        }

        @Test
        void callsAnEmptyLineUnclean() {
            assertThat(splitter.split(" , ").isClean()).isFalse();
        }
    }

    @Nested
    class KeepsWhatIsQuotedTogether {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Zhang Wei (editor and translator)",
            "Zhang Wei \uFF08editor and translator\uFF09",
            "Zhang Wei \u201Ceditor and translator\u201D",
            "Zhang Wei \u300Aeditor and translator\u300B",
            "Zhang Wei \u300Ceditor and translator\u300D",
            "Zhang Wei \"editor and translator\""})
        void doesNotSplitOnAndInsideBracketsOrQuotationMarks(String line) {
            assertThat(describe(splitter.split(line))).isEqualTo("literal " + line);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', textBlock = """
                Zhang Wei (editor) and Li Na                 # literal Zhang Wei (editor) | person Li/Na
                Zhang Wei \uFF08editor\uFF09 and Li Na        # literal Zhang Wei \uFF08editor\uFF09 | person Li/Na
                Zhang Wei \u201Ceditor\u201D and Li Na        # literal Zhang Wei \u201Ceditor\u201D | person Li/Na
                Zhang Wei \u300Aeditor\u300B and Li Na        # literal Zhang Wei \u300Aeditor\u300B | person Li/Na
                Zhang Wei \u300Ceditor\u300D and Li Na        # literal Zhang Wei \u300Ceditor\u300D | person Li/Na
                """)
        void splitsOnAndAfterTheBracketCloses(String line, String expected) {
            assertThat(describe(splitter.split(line))).isEqualTo(expected);
        }

        @Test
        void keepsCommasInsideNestedBrackets() {
            String team = "Research Team on \u201CPrices (Oil, Gas) and Trade, Growth\u201D";
            assertThat(describe(splitter.split(team + ", Zhang Wei"))).isEqualTo("team " + team + " | person Zhang/Wei");
        }
    }

    @Nested
    class TellsAPersonsName {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(textBlock = """
                Zhang,                    false
                Zhang Wei,                true
                Ouyang Jian Guo Ming,     true
                Ouyang Jian Guo Ming Hua, false
                Ludwig van Beethoven,     true
                Ludwig van der Rohe,      true
                van Beethoven,            false
                Ludwig van,               false
                zhang wei,                false
                Zhang Wei Institute,      false
                欧阳明远,                  true
                刘,                       false
                约翰·史密斯,               true
                """)
        void takesTwoToFourCapitalisedWordsWithParticlesOnlyInside(String text, boolean person) {
            assertThat(splitter.isPersonLike(text)).isEqualTo(person);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', textBlock = """
                欧阳       # person 欧/阳
                欧阳明     # person 欧阳/明
                欧阳明远   # person 欧阳/明远
                刘洋明远   # person 刘/洋明远
                """)
        void keepsACompoundSurnameWholeOnlyWhenAGivenNameFollows(String line, String expected) {
            assertThat(describe(splitter.split(line))).isEqualTo(expected);
        }
    }

    /**
     * Work grows linearly with the line: the characters the splitter and its regular expressions examine at 2n
     * are about twice those at n, where a quadratic rule gives four times. Counted, never timed.
     */
    @Nested
    class TakesLinearWork {

        private static final int N = 20_000;

        private long work(String line) {
            BylineSplitter counting = new BylineSplitter(NameOrder.FAMILY_FIRST, Map.of("DRC", ListingOptions.DRC), true);
            counting.split(line);
            return counting.work();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', textBlock = """
                ampersands              # 'A & '                  # ''
                ands between names      # 'Zhang Wei and '        # ''
                persons before a team   # 'Zhang Wei and '        # Research Team on X
                quoted ands             # '"A and B" and '        # ''
                open brackets           # '(A and '               # ''
                spaces                  # ' '                     # Wei
                spaces in a team        # ' '                     # Research Team X
                spaces before a bracket # ' '                     # Research Department (x)
                spaces before an and    # ' '                     # x
                chinese names           # '张伟、'                 # ''
                semicolons              # 'Zhang Wei; '           # ''
                """)
        void examinesAboutTwiceAsMuchForATwiceAsLongLine(String shape, String unit, String tail) {
            String head = "Long Haibo" + (unit.isBlank() ? "" : " and ");
            String small = head + unit.repeat(N) + tail;
            String large = head + unit.repeat(2 * N) + tail;
            long atN = work(small);
            long at2N = work(large);
            assertThat(atN).as("work of %s at n", shape).isGreaterThan(N);
            assertThat((double) at2N / atN).as("work of %s at 2n over work at n (%d, %d)", shape, at2N, atN)
                    .isLessThan(2.5);
        }

        @Test
        void splitsALongLineOfAmpersandsIntoItsItems() {
            BylineSplitter.Byline byline = splitter.split("Zhang Wei & ".repeat(1_000) + "Li Na");
            assertThat(byline.authors()).hasSize(1_001);
            assertThat(byline.problems()).isEmpty();
        }
    }
}
