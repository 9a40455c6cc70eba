package io.github.reportmeta.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in this process, with its exit code and what it printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandLineRun(int exit, String out, String err) {

    static CommandLineRun run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static CommandLineRun runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Reportmeta(new ByteArrayInputStream(stdin), out, err, false).run(args);
        return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
