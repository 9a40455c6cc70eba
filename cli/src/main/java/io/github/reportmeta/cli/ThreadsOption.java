package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.UsageException;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that read, check or write report by report. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = {
        "Threads to use: reading runs ahead of writing or reporting, in order, and reports are checked or mapped on N - 1 threads, and on the writing thread whenever it would wait.",
        "Default: 1, everything on one thread (docs/performance.md gives what more threads gain)."})
    private int threads = 1;

    /**
     * The threads asked for.
     *
     * @return at least 1
     * @throws UsageException when the option is below 1
     */
    int threads() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, but was " + threads);
        }
        return threads;
    }
}
