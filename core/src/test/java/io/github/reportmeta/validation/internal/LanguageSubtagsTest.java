package io.github.reportmeta.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSubtagsTest {

    private static LanguageSubtags read(String text) throws IOException {
        return LanguageSubtags.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class TheShippedRegistry {

        @Test
        void isTheIanaFileOfItsReadmeByteForByte() throws IOException, NoSuchAlgorithmException {
            byte[] bytes;
            try (InputStream in = LanguageSubtags.class.getResourceAsStream(LanguageSubtags.RESOURCE)) {
                assertThat(in).isNotNull();
                bytes = in.readAllBytes();
            }
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            sha1.update(bytes);

            assertThat(bytes).hasSize(725_767);
            assertThat(HexFormat.of().formatHex(sha1.digest())).isEqualTo("b4c854d6ae9a2bef9124bcb0005b0a91908edd2a");
            assertThat(LanguageSubtags.registry().fileDate()).isEqualTo("2024-03-06");
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "zh", "yue", "zh-Hans", "zh-Hant-TW", "sr-Cyrl-RS", "es-419", "de-CH-1996",
                "sl-rozaj-biske", "qtz", "en-Qabx", "en-XZ", "i-klingon", "zh-min-nan", "en-x-anything", "en-u-nu-thai"})
        void holdsRegisteredSubtagsAndTags(String tag) {
            assertThat(LanguageSubtags.registry().firstUnregistered(tag)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"English", "qzz", "zh-Qabz", "en-AB", "de-CH-1997"})
        void lacksWhatIsNotRegistered(String tag) {
            assertThat(LanguageSubtags.registry().firstUnregistered(tag)).isPresent();
        }
    }

    @Nested
    class KeptAnswers {

        @Test
        void giveTheSameAnswerEveryTimeAndForEveryTagBeyondThoseKept() {
            LanguageSubtags registry = LanguageSubtags.registry();
            for (int round = 0; round < 2; round++) {
                for (int n = 0; n < 2_000; n++) {
                    String registered = n % 2 == 0 ? "en" : "zh-Hans";
                    String unregistered = "zq" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26) + (char) ('a' + n / 676);
                    assertThat(registry.firstUnregistered(registered)).isEmpty();
                    assertThat(registry.firstUnregistered(unregistered)).contains("'" + unregistered + "' (language)");
                    assertThat(registry.firstUnregistered("EN-AB")).contains("'ab' (region)");
                }
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void readsSubtagsRangesAndTagsButNotDescriptionsOrContinuations() throws IOException {
            LanguageSubtags registry = read("""
                    File-Date: 2001-02-03
                    %%
                    Type: language
                    Subtag: aa
                    Description: Afar
                      Subtag: bb
                    %%
                    Type: language
                    Subtag: qaa..qac
                    %%
                    Type: grandfathered
                    Tag: i-default
                    %%
                    Type: region
                    Subtag: ZZ
                    """);

            assertThat(registry.fileDate()).isEqualTo("2001-02-03");
            assertThat(registry.firstUnregistered("aa")).isEmpty();
            assertThat(registry.firstUnregistered("qab-ZZ")).isEmpty();
            assertThat(registry.firstUnregistered("I-Default")).isEmpty();
            assertThat(registry.firstUnregistered("bb")).contains("'bb' (language)");
            assertThat(registry.firstUnregistered("qad")).contains("'qad' (language)");
            assertThat(registry.firstUnregistered("aa-YY")).contains("'yy' (region)");
        }

        @Test
        void refusesAFileWithoutItsDate() {
            assertThatThrownBy(() -> read("%%\nType: language\nSubtag: aa\n"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("File-Date");
        }
    }

    @Nested
    class Codes {

        @Test
        void givesDifferentSubtagsDifferentNumbersAndIgnoresCase() {
            assertThat(LanguageSubtags.code("en")).isEqualTo(LanguageSubtags.code("EN")).isNotEqualTo(LanguageSubtags.code("ne"));
            assertThat(LanguageSubtags.code("a")).isNotEqualTo(LanguageSubtags.code("aa"));
            assertThat(LanguageSubtags.code("zzzzzzzz")).isPositive();
            assertThat(LanguageSubtags.code("abcdefghi")).isEqualTo(-1);
            assertThat(LanguageSubtags.code("a_b")).isEqualTo(-1);
        }
    }
}
