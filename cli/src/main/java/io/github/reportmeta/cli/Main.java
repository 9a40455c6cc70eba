package io.github.reportmeta.cli;

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
        boolean interactive = System.console() != null;
        System.exit(new Reportmeta(System.in, System.out, System.err, interactive).run(args));
    }
}
