package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static final String CHINESE = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";

    @Test
    void keepsATextOfExactlyTheAllowance() {
        String twenty = "abcde fghij klmno pq";
        assertThat(Excerpt.opening(twenty, 20)).isEqualTo(twenty);
        assertThat(Excerpt.opening(twenty + "r", 20)).isEqualTo("abcde fghij klmno\u2026");
    }

    @Test
    void countsCodePointsNotCharacters() {
        String twenty = "\uD840\uDC00".repeat(20);
        assertThat(Excerpt.opening(twenty, 20)).isEqualTo(twenty);
    }

    @Test
    void cutsAtASpaceExactlyHalfWayThroughTheAllowance() {
        assertThat(Excerpt.opening("aaaaaaaaaa bbbbbbbbbbbbbbb", 20)).isEqualTo("aaaaaaaaaa\u2026");
    }

    @Test
    void cutsAtTheAllowanceWhenTheLastSpaceIsInTheFirstHalf() {
        assertThat(Excerpt.opening("aaaaaaaaa bbbbbbbbbbbbbbbb", 20)).isEqualTo("aaaaaaaaa bbbbbbbbbb\u2026");
    }

    @Test
    void cutsTextWithoutSpacesAfterTheLastClauseMarkInTheSecondHalf() {
        String text = CHINESE.substring(0, 10) + "，" + CHINESE.substring(11, 20) + "。" + CHINESE.substring(21);
        assertThat(Excerpt.opening(text, 20)).isEqualTo(CHINESE.substring(0, 10) + "\u2026");
    }

    @Test
    void cutsAfterAClauseMarkJustBeforeTheAllowance() {
        String text = CHINESE.substring(0, 19) + "。" + CHINESE.substring(20);
        assertThat(Excerpt.opening(text, 20)).isEqualTo(CHINESE.substring(0, 19) + "。\u2026");
    }

    @Test
    void ignoresAClauseMarkInTheFirstHalf() {
        String text = CHINESE.substring(0, 9) + "，" + CHINESE.substring(10);
        assertThat(Excerpt.opening(text, 20)).isEqualTo(text.substring(0, 20) + "\u2026");
    }

    @Test
    void removesTrailingSeparatorsBeforeTheEllipsis() {
        assertThat(Excerpt.opening("aaaaaaaaaaaa, bbbbbbbbbbbbbbbbb", 20)).isEqualTo("aaaaaaaaaaaa\u2026");
        assertThat(Excerpt.opening("aaaaaaaaaaaa; - bbbbbbbbbbbbbbbbb", 20)).isEqualTo("aaaaaaaaaaaa\u2026");
    }

    @Test
    void givesOnlyTheEllipsisWhenTheOpeningIsAllSeparators() {
        assertThat(Excerpt.opening(",".repeat(40), 20)).isEqualTo("\u2026");
    }

    @Test
    void collapsesWhiteSpaceFirst() {
        assertThat(Excerpt.collapse("  a \n\t b  ")).isEqualTo("a b");
        assertThat(Excerpt.opening(" a  b ", 20)).isEqualTo("a b");
    }
}
