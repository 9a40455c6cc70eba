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
    void englishIsTheFallbackForOtherLanguagesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(BundleInterpolator.load(Locale.FRENCH).getString("jakarta.validation.constraints.NotNull.message"))
                    .isEqualTo("is required");
            assertThat(BundleInterpolator.load(Locale.UK).getString("jakarta.validation.constraints.NotNull.message"))
                    .isEqualTo("is required");
            assertThat(BundleInterpolator.load(Locale.SIMPLIFIED_CHINESE).getString("jakarta.validation.constraints.NotNull.message"))
                    .isEqualTo("为必填项");
        } finally {
            Locale.setDefault(before);
        }
    }
}
