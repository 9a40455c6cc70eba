package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void ranksUsageOverInvalidOverADifferenceOverSuccessWhateverTheirNumbers() {
        assertThat(ExitCode.OK.worst(ExitCode.DIFFERENT)).isEqualTo(ExitCode.DIFFERENT);
        assertThat(ExitCode.DIFFERENT.worst(ExitCode.INVALID)).isEqualTo(ExitCode.INVALID);
        assertThat(ExitCode.INVALID.worst(ExitCode.DIFFERENT)).isEqualTo(ExitCode.INVALID);
        assertThat(ExitCode.USAGE.worst(ExitCode.DIFFERENT)).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.INVALID.worst(ExitCode.USAGE)).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.OK.worst(ExitCode.OK)).isEqualTo(ExitCode.OK);
    }

    @Test
    void keepsTheNumbersScriptsRelyOn() {
        assertThat(ExitCode.OK.code()).isZero();
        assertThat(ExitCode.INVALID.code()).isEqualTo(1);
        assertThat(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(ExitCode.DIFFERENT.code()).isEqualTo(3);
    }
}
