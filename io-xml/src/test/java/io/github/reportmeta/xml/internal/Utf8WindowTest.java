package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first byte that is not UTF-8 (RFC 3629), found after the bytes were read, at every boundary of the lead and
 * continuation byte ranges, and its line and column, however the parser reads the bytes and however far in.
 */
class Utf8WindowTest {

    /**
     * Two lines with two- and three-byte characters and a NUL byte (one column, like any ASCII byte); the bytes
     * under test start at line 2, column 4: {@code a é LF c NUL 中}.
     */
    static final byte[] PREFIX = "a\u00e9\nc\u0000\u4e2d".getBytes(StandardCharsets.UTF_8);

    /** How the parser reads. */
    enum Reading { ALL_AT_ONCE, ONE_BYTE_INTO_A_BUFFER, BYTE_BY_BYTE }

    static Stream<Arguments> sequences() {
        Stream<Arguments> table = Stream.of(
                // valid: each end of each range of RFC 3629's table
                valid("7f"), valid("c280"), valid("dfbf"),
                valid("e0a080"), valid("e0bfbf"), valid("e18080"), valid("ecbfbf"),
                valid("ed8080"), valid("ed9fbf"), valid("ee8080"), valid("efbfbf"),
                valid("f0908080"), valid("f0bfbfbf"), valid("f1808080"), valid("f3bfbfbf"),
                valid("f4808080"), valid("f48fbfbf"),
                // a byte that cannot start a character, at its own column
                invalid("80", 4), invalid("bf", 4), invalid("c080", 4), invalid("c1bf", 4),
                invalid("f5808080", 4), invalid("f8", 4), invalid("ff", 4),
                // a continuation byte out of its range, in the column after the lead byte
                invalid("c27f", 5), invalid("c2c0", 5), invalid("dfc0", 5), invalid("c2", 5),
                invalid("e09f80", 5), invalid("e0a07f", 5), invalid("e0a0c0", 5), invalid("e17f80", 5),
                invalid("e1c080", 5), invalid("eda080", 5), invalid("edbfbf", 5), invalid("efbfc0", 5),
                invalid("e180", 5),
                invalid("f08f8080", 5), invalid("f0c08080", 5), invalid("f09080c0", 5), invalid("f4908080", 5),
                invalid("f48fbfc0", 5), invalid("f18080", 5),
                // only the first invalid byte counts
                invalid("ff0aff", 4), invalid("c3a9ff", 5));
        return table.flatMap(a -> Stream.of(Reading.values())
                .map(r -> Arguments.of(a.get()[0], a.get()[1], r)));
    }

    static Arguments valid(String hex) {
        return Arguments.of(hex, 0);
    }

    static Arguments invalid(String hex, int column) {
        return Arguments.of(hex, column);
    }

    @ParameterizedTest(name = "{0} read {2}")
    @MethodSource("sequences")
    void findsTheFirstInvalidByteAndPassesEveryByteOn(String hex, int column, Reading reading) throws IOException {
        byte[] tested = HexFormat.of().parseHex(hex);
        byte[] input = new byte[PREFIX.length + tested.length + 1];
        System.arraycopy(PREFIX, 0, input, 0, PREFIX.length);
        System.arraycopy(tested, 0, input, PREFIX.length, tested.length);
        input[input.length - 1] = 'z';

        InputBounds watch = new InputBounds(new ByteArrayInputStream(input), SecureStax.MAX_NAME_LENGTH);
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        switch (reading) {
            case ALL_AT_ONCE -> {
                for (int n; (n = watch.read(buffer, 0, buffer.length)) > 0; ) {
                    passed.write(buffer, 0, n);
                }
            }
            case ONE_BYTE_INTO_A_BUFFER -> {
                for (int n; (n = watch.read(buffer, 5, 1)) > 0; ) {
                    passed.write(buffer, 5, n);
                }
            }
            case BYTE_BY_BYTE -> {
                for (int b; (b = watch.read()) >= 0; ) {
                    passed.write(b);
                }
            }
        }

        assertThat(passed.toByteArray()).isEqualTo(input);
        if (column == 0) {
            assertThat(watch.firstInvalidUtf8()).isNull();
        } else {
            assertThat(watch.firstInvalidUtf8()).containsExactly(2, column);
        }
    }

    @ParameterizedTest(name = "{0} after {2} lines, read {3}")
    @MethodSource("farIn")
    void findsTheFirstInvalidByteFarIntoTheInputAcrossEveryBufferBoundary(String hex, int column, int lines,
            Reading reading)
            throws IOException {
        // Lines of three-byte characters whose length is prime to the buffer sizes, so that characters are cut
        // by the ends of buffers and of the kept window.
        String line = "\u4e2d".repeat(97) + "x\n";
        byte[] body = line.repeat(lines).getBytes(StandardCharsets.UTF_8);
        byte[] tested = HexFormat.of().parseHex(hex);
        byte[] input = new byte[body.length + 3 + tested.length + 1];
        System.arraycopy(body, 0, input, 0, body.length);
        input[body.length] = 'a';
        input[body.length + 1] = 'b';
        input[body.length + 2] = 'c';
        System.arraycopy(tested, 0, input, body.length + 3, tested.length);
        input[input.length - 1] = 'z';

        InputBounds watch = new InputBounds(new ByteArrayInputStream(input), SecureStax.MAX_NAME_LENGTH);
        byte[] buffer = new byte[4001];
        switch (reading) {
            case ALL_AT_ONCE -> {
                while (watch.read(buffer, 0, buffer.length) > 0) {
                    // only the end matters
                }
            }
            case ONE_BYTE_INTO_A_BUFFER -> {
                while (watch.read(buffer, 5, 1) > 0) {
                    // only the end matters
                }
            }
            case BYTE_BY_BYTE -> {
                while (watch.read() >= 0) {
                    // only the end matters
                }
            }
        }

        assertThat(watch.firstInvalidUtf8()).containsExactly(lines + 1, column);
    }

    static Stream<Arguments> farIn() {
        // after "abc": a byte that starts no character at column 4, a continuation byte out of range at column 5
        return Stream.of(invalid("ff", 4), invalid("c2", 5), invalid("e0a0c0", 5), invalid("eda080", 5),
                invalid("f4908080", 5)).flatMap(a -> Stream.of(1, 57, 200, 400).flatMap(lines ->
                Stream.of(Reading.values()).map(r -> Arguments.of(a.get()[0], a.get()[1], lines, r))));
    }
}
