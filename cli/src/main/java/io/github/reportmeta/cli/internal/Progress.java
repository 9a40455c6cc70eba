package io.github.reportmeta.cli.internal;

import java.io.PrintWriter;

/** A progress line on standard error, for long runs on a terminal; silent otherwise. */
public final class Progress {

    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String verb;
    private long count;
    private long lastPrint = System.nanoTime();
    private boolean printed;

    /**
     * A progress line.
     *
     * @param err standard error
     * @param enabled whether standard error is a terminal
     * @param verb what is done to each report, such as "converted"
     */
    public Progress(PrintWriter err, boolean enabled, String verb) {
        this.err = err;
        this.enabled = enabled;
        this.verb = verb;
    }

    /** Counts one report, and reprints the line at most twice a second. */
    public void step() {
        count++;
        if (enabled && (count & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastPrint >= EVERY_NANOS) {
                err.print("\r" + count + " reports " + verb);
                err.flush();
                lastPrint = now;
                printed = true;
            }
        }
    }

    /**
     * The number of reports counted.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /** Ends the line, if one was printed. */
    public void done() {
        if (printed) {
            err.println("\r" + count + " reports " + verb);
        }
    }
}
