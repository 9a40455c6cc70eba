package io.github.reportmeta.cli;

import io.github.reportmeta.cli.internal.Input;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        InputStream stdin = stdinWasClosed() ? Input.closedStandardInput() : System.in;
        // Not System.out: a PrintStream keeps write errors (a closed pipe, a full disk) to itself.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.exit(new Reportmeta(stdin, stdout, System.err, stderrIsTerminal()).run(args));
    }

    /**
     * Whether the process started with standard input closed ({@code <&-}). The JVM then opens its own files on the
     * free descriptor 0, so on Linux it is closed when {@code /proc/self/fd/0} is missing or is the runtime image
     * ({@code lib/modules}) or a class path entry; elsewhere this cannot be told, and the answer is no.
     */
    private static boolean stdinWasClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(fd0.getParent())) {
            return false;
        }
        if (!Files.exists(fd0, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            if (Files.isSameFile(fd0, Path.of(System.getProperty("java.home"), "lib", "modules"))) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty() && Files.exists(Path.of(entry)) && Files.isSameFile(fd0, Path.of(entry))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
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
