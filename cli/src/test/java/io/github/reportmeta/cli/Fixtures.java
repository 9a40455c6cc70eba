package io.github.reportmeta.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The command-line fixture files, as paths. */
final class Fixtures {

    private Fixtures() {}

    static String path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/cli/" + name).toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
