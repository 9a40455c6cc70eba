package io.github.reportmeta.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.validation.internal.BundleInterpolator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyEnglishMessageHasAChineseOne() {
        ResourceBundle english = BundleInterpolator.load(Locale.ENGLISH);
        ResourceBundle chinese = BundleInterpolator.load(Locale.CHINESE);

        for (String key : english.keySet()) {
            assertThat(chinese.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
    }

    @Test
    void englishIsTheFallbackForOtherLanguages() {
        assertThat(BundleInterpolator.load(Locale.ENGLISH).getString("jakarta.validation.constraints.NotNull.message"))
                .isEqualTo("is required");
    }
}
