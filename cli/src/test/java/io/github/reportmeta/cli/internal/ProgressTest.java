package io.github.reportmeta.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void printsNothingWhenStandardErrorIsNoTerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), false, "converted");

        for (int i = 0; i < 100_000; i++) {
            progress.step();
        }
        progress.done();

        assertThat(err.toString()).isEmpty();
        assertThat(progress.count()).isEqualTo(100_000);
    }

    @Test
    void onATerminalRewritesOneLineAndEndsIt() throws Exception {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), true, "converted");

        for (int i = 0; i < 3; i++) {
            Thread.sleep(600);
            for (int j = 0; j < 1024; j++) {
                progress.step();
            }
        }
        progress.done();

        assertThat(err.toString()).startsWith("\r").endsWith("\r3072 reports converted" + System.lineSeparator());
        assertThat(err.toString()).doesNotContain("\n\r");
    }
}
