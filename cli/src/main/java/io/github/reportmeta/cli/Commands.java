package io.github.reportmeta.cli;

import org.jspecify.annotations.Nullable;

/** What the subcommands share. */
final class Commands {

    private Commands() {}

    /** The root command that picocli injected, which is always there once a subcommand runs. */
    static Reportmeta root(@Nullable Reportmeta injected) {
        if (injected == null) {
            throw new IllegalStateException("a subcommand ran without its parent command");
        }
        return injected;
    }
}
