package io.github.reportmeta.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WriteOptionsTest {

    @Nested
    class Settings {

        @Test
        void areEmptyByDefault() {
            assertThat(WriteOptions.DEFAULT.settings()).isEmpty();
            assertThat(WriteOptions.DEFAULT.setting("crossref.depositor.name")).isEmpty();
        }

        @Test
        void withAddsOneSettingAndLeavesTheOriginalAsItWas() {
            WriteOptions options = WriteOptions.DEFAULT.with("crossref.depositor.name", "DRC");

            assertThat(options.setting("crossref.depositor.name")).contains("DRC");
            assertThat(WriteOptions.DEFAULT.settings()).isEmpty();
        }

        @Test
        void withReplacesTheValueOfAKeyAlreadySet() {
            WriteOptions options = WriteOptions.DEFAULT.with("crossref.registrant", "a").with("crossref.registrant", "b");

            assertThat(options.settings()).containsExactly(Map.entry("crossref.registrant", "b"));
        }

        @Test
        void areKeptInKeyOrderAndCannotBeChangedFromOutside() {
            WriteOptions options = WriteOptions.DEFAULT.with("x.b", "2").with("x.a", "1");

            assertThat(options.settings().keySet()).containsExactly("x.a", "x.b");
            assertThatThrownBy(() -> options.settings().put("x.c", "3")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void surviveANewListenerAndKeepTheLosslessFlag() {
            List<ConversionNote> notes = new ArrayList<>();
            WriteOptions options = WriteOptions.LOSSLESS.with("crossref.registrant", "DRC").withListener(notes::add);

            assertThat(options.lossless()).isTrue();
            assertThat(options.setting("crossref.registrant")).contains("DRC");
            options.listener().accept(new ConversionNote(ConversionNote.Kind.INFO, null, "", "told", null));
            assertThat(notes).hasSize(1);
        }

        @Test
        void refuseAKeyWithoutTheFormatsNamespace() {
            assertThatThrownBy(() -> WriteOptions.DEFAULT.with("depositor", "DRC"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.depositor.name").hasMessageContaining("'depositor'");
        }

        @Test
        void refuseAKeyInUpperCaseOrWithEmptyParts() {
            for (String key : List.of("Crossref.registrant", "crossref..registrant", "crossref.", ".registrant", "")) {
                assertThatThrownBy(() -> WriteOptions.DEFAULT.with(key, "x")).as(key)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }

        @Test
        void quoteABadKeyWithoutItsControlCharacters() {
            assertThatThrownBy(() -> WriteOptions.DEFAULT.with("crossref.\u001b[2J", "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\\u001B").message().doesNotContain("\u001b");
        }

        @Test
        void refuseAValueLongerThanTheLimit() {
            String value = "x".repeat(WriteOptions.MAX_SETTING_LENGTH + 1);

            assertThatThrownBy(() -> WriteOptions.DEFAULT.with("crossref.registrant", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossref.registrant").hasMessageContaining("at most 4096");
            assertThat(WriteOptions.DEFAULT.with("crossref.registrant", value.substring(1)).setting("crossref.registrant"))
                    .hasValueSatisfying(v -> assertThat(v).hasSize(WriteOptions.MAX_SETTING_LENGTH));
        }

        @Test
        void areCheckedWhenGivenToTheConstructorToo() {
            assertThatThrownBy(() -> new WriteOptions(false, n -> {}, Map.of("nodot", "x")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
