package io.github.reportmeta.citation.ris;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.FormatRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The format as the registry finds it: by name, by extension and by content. */
class RisFormatTest {

    @Nested
    class Discovery {

        @Test
        void isFoundByNameAndExtension() {
            FormatRegistry registry = FormatRegistry.load();
            assertThat(registry.find("ris")).get().isInstanceOf(RisFormat.class);
            assertThat(registry.forFileName("export.ris")).singleElement().isInstanceOf(RisFormat.class);
        }

        @Test
        void isDetectedByAFirstLineTyAfterBlankLinesAndAByteOrderMark() {
            byte[] head = "\uFEFF\r\n\r\nTY  - RPRT\r\nTI  - x\r\n".getBytes(StandardCharsets.UTF_8);
            assertThat(new RisFormat().detect(head).strength()).isEqualTo(Detection.Strength.LIKELY);
            assertThat(FormatRegistry.load().detect("upload.bin", head)).isInstanceOf(RisFormat.class);
        }

        @Test
        void isPlausibleWhenARecordFollowsOtherText() {
            assertThat(new RisFormat().detect("Record #1 of 2\n1.\nTY  - RPRT\n".getBytes(StandardCharsets.UTF_8))
                    .strength()).isEqualTo(Detection.Strength.PLAUSIBLE);
        }

        @Test
        void isNotDetectedInOtherText() {
            assertThat(new RisFormat().detect("@techreport{x,\n}".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Detection.NONE);
            assertThat(new RisFormat().detect(new byte[0])).isEqualTo(Detection.NONE);
        }
    }
}
