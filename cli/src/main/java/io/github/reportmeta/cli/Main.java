package io.github.reportmeta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The entry point of {@code java -jar reportmeta.jar}. */
public final class Main {

    /** Kept so that the level set on it is not lost with a collected logger. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {}

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on standard error through java.util.logging.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(new Reportmeta(System.in, System.out, System.err, stderrIsTerminal()).run(args));
    }

    /**
     * Whether standard error is a terminal, where progress lines are wanted: on Linux, from where file descriptor 2
     * points; elsewhere, whether the JVM has a console.
     */
    private static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
