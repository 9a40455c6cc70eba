package io.github.reportmeta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check of a JSON input's first bytes: UTF-8 passes (less its byte order mark), UTF-16 and UTF-32 do not. */
class ByteOrderMarkTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Inputs given in hex, and the bytes the parser then sees (also in hex). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "efbbbf7b7d,  7b7d",
        "efbbbf,      ''",
        "efbb7b7d,    efbb7b7d",
        "efbb,        efbb",
        "ef7b7d7d,    ef7b7d7d",
        "fe7b7d,      fe7b7d",
        "ff7b7d,      ff7b7d",
        "fefe7b7d,    fefe7b7d",
        "ffff7b7d,    ffff7b7d",
        "7b7d,        7b7d",
        "7b,          7b",
        "'',          ''",
        "7b2261223a317d, 7b2261223a317d",
        "efbbbfef7b7d,  ef7b7d",
        "efbbbfefbb7d,  efbb7d",
        "efbbbfefbb,    efbb",
        "efbbbfef,      ef",
    })
    void utf8PassesLessItsByteOrderMark(String input, String seen) throws IOException {
        try (InputStream in = Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(HEX.parseHex(input)), "in.json")) {
            assertThat(HEX.formatHex(in.readAllBytes())).isEqualTo(seen);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "feff007b,  a UTF-16 or UTF-32 byte order mark",
        "fffe7b00,  a UTF-16 or UTF-32 byte order mark",
        "feff,      a UTF-16 or UTF-32 byte order mark",
        "fffe0000,  a UTF-16 or UTF-32 byte order mark",
        "007b,      'a zero byte in the first four bytes, as in UTF-16 or UTF-32'",
        "7b00,      'a zero byte in the first four bytes, as in UTF-16 or UTF-32'",
        "7b7d7d00,  'a zero byte in the first four bytes, as in UTF-16 or UTF-32'",
        "0000feff,  'a zero byte in the first four bytes, as in UTF-16 or UTF-32'",
    })
    void utf16AndUtf32AreRefusedAtTheStart(String input, String found) {
        assertThatThrownBy(() -> Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(HEX.parseHex(input)), "in.json"))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(
                            "input must be UTF-8 (with or without a byte order mark), but starts with " + found);
                    assertThat(e.location()).isEqualTo(new SourceLocation("in.json", 1, 1));
                    assertThat(e.pointer()).isEmpty();
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"efbbbfefbbbf7b7d", "efbbbfefbbbf", "efbbbfefbbbfefbbbf7b7d"})
    void aSecondByteOrderMarkIsRefusedAtTheStart(String input) {
        assertThatThrownBy(() -> Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(HEX.parseHex(input)), "in.json"))
                .isInstanceOfSatisfying(ReportParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo("input may start with one byte order mark, but starts with two");
                    assertThat(e.location()).isEqualTo(new SourceLocation("in.json", 1, 1));
                });
    }

    /** Only the first four bytes are looked at: a zero byte after them is the parser's to refuse. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"7b7d7d7d00", "efbbbf7b00"})
    void aZeroByteAfterTheFirstFourIsPassedOn(String input) throws IOException {
        try (InputStream in = Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(HEX.parseHex(input)), "in.json")) {
            assertThat(in.readAllBytes()).endsWith(0);
        }
    }
}
