package io.github.reportmeta.cli;

/** The exit codes of every {@code reportmeta} command. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** {@code diff --exit-code}: the two editions differ (the comparison itself succeeded). */
    DIFFERENT(3),
    /** The input is invalid or malformed, or a conversion was refused. */
    INVALID(1),
    /** The command line is wrong, or a file cannot be opened. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /**
     * The number the process exits with.
     *
     * @return the exit code
     */
    public int code() {
        return code;
    }

    /**
     * The worse of two outcomes: a usage error outranks invalid input, which outranks a difference, which outranks
     * success. The order is the order of declaration, not of the codes: 3 came last, for a difference.
     *
     * @param other another outcome
     * @return the worse one
     */
    public ExitCode worst(ExitCode other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
