package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnsTest {

    @Nested
    class TellsWideCharacters {

        /** Each wide range of the table, at the code point before it, its first, its last and the one after it. */
        @ParameterizedTest(name = "U+{0} wide: {1}")
        @CsvSource(textBlock = """
                10FF,  false
                1100,  true
                115F,  true
                1160,  false
                2E7F,  false
                2E80,  true
                303E,  true
                303F,  false
                3040,  false
                3041,  true
                33FF,  true
                3400,  true
                4DBF,  true
                4DC0,  false
                4DFF,  false
                4E00,  true
                9FFF,  true
                A000,  true
                A4CF,  true
                A4D0,  false
                ABFF,  false
                AC00,  true
                D7A3,  true
                D7A4,  false
                F8FF,  false
                F900,  true
                FAFF,  true
                FB00,  false
                FE2F,  false
                FE30,  true
                FE4F,  true
                FE50,  false
                FEFF,  false
                FF00,  true
                FF60,  true
                FF61,  false
                FFDF,  false
                FFE0,  true
                FFE6,  true
                FFE7,  false
                1FFFF, false
                20000, true
                3FFFD, true
                3FFFE, false
                """)
        void countsTheEdgesOfEveryWideRange(String hex, boolean wide) {
            int c = Integer.parseInt(hex, 16);
            assertThat(Columns.isWide(c)).isEqualTo(wide);
            assertThat(Columns.width(Character.toString(c))).isEqualTo(wide ? 2 : 1);
        }

        @Test
        void countsTwoColumnsForEachWideCharacterAndOneForTheRest() {
            assertThat(Columns.width("")).isZero();
            assertThat(Columns.width("No.215 数字经济")).isEqualTo(7 + 8);
            assertThat(Columns.width("\uD840\uDC00a")).isEqualTo(3);
        }
    }

    @Nested
    class WrapsNarrowText {

        @Test
        void wrapsAtSpacesWithTheIndentCountedInTheWidth() {
            assertThat(Columns.wrap("one two three four", 11, "  ")).containsExactly("  one two", "  three", "  four");
        }

        @Test
        void keepsAWordLongerThanTheLineWhole() {
            assertThat(Columns.wrap("see https://example.org/a/very/long/address now", 12, ""))
                    .containsExactly("see", "https://example.org/a/very/long/address", "now");
        }
    }

    @Nested
    class WrapsWideText {

        @Test
        void fillsALineToExactlyTheWidth() {
            assertThat(Columns.wrap("中文中文中", 8, "")).containsExactly("中文中文", "中");
            assertThat(Columns.wrap("中文中文中", 10, "  ")).containsExactly("  中文中文", "  中");
        }

        @Test
        void breaksBetweenAWideAndANarrowCharacterEitherWay() {
            assertThat(Columns.wrap("a中a", 2, "")).containsExactly("a", "中", "a");
        }

        @Test
        void keepsAWordOfNarrowCharactersWholeAmongWideOnes() {
            assertThat(Columns.wrap("中 abcdef", 6, "")).containsExactly("中", "abcdef");
            assertThat(Columns.wrap("中 abc", 6, "")).containsExactly("中 abc");
        }

        @Test
        void startsWithAWordLongerThanTheLineWithoutAnEmptyLineBeforeIt() {
            assertThat(Columns.wrap("abcdefghijklmnop中", 10, "")).containsExactly("abcdefghijklmnop", "中");
        }

        @Test
        void neverBreaksBeforeClosingPunctuation() {
            assertThat(Columns.wrap("中文，中文", 4, "")).containsExactly("中", "文，", "中文");
            assertThat(Columns.wrap("中文。中文", 4, "")).containsExactly("中", "文。", "中文");
        }

        @Test
        void neverBreaksAfterOpeningPunctuation() {
            assertThat(Columns.wrap("中（中文）", 4, "")).containsExactly("中", "（中", "文）");
            assertThat(Columns.wrap("中《中文》", 4, "")).containsExactly("中", "《中", "文》");
        }

        @Test
        void collapsesWhiteSpaceToOneSpaceBetweenUnits() {
            assertThat(Columns.wrap("  数字   economy \n 经济 ", 72, "> ")).containsExactly("> 数字 economy 经济");
        }
    }
}
