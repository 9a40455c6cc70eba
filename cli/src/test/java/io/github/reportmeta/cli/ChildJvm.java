package io.github.reportmeta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code reportmeta} in a child JVM on this test's class path, for what needs a real process: signals, pipes, descriptors. */
final class ChildJvm {

    private ChildJvm() {}

    /** The command line of a child JVM running {@link Main} with these arguments. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (ignoresShutdownSignals()) {
            // A JVM leaves a signal alone that was ignored when it started (as a background job's SIGINT is), so the
            // child gets the default disposition back first.
            command.addAll(List.of("env", "--default-signal=HUP,INT,TERM"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).start();
    }

    /** Whether this process ignores SIGHUP, SIGINT or SIGTERM, which its children then ignore too. */
    private static boolean ignoresShutdownSignals() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                    long hupIntTerm = (1L << (1 - 1)) | (1L << (2 - 1)) | (1L << (15 - 1));
                    return (ignored & hupIntTerm) != 0;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
