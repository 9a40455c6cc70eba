package io.github.reportmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void printsTheValidReportThenWhatBreakingItBroke() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Research Report, No.215, 2018 by Long Haibo, issued 2018-12-10
                strict validation: valid
                after breaking it:
                error /issued [future-date]: must not be in the future, but was 2999
                error /keywords [required]: needs at least one entry
                """);
    }
}
