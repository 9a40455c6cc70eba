package io.github.reportmeta.text;

import io.github.reportmeta.testing.HostileCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input of {@code src/test/resources/hostile/} ends as its README row says, in bounded time and memory. */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");

    static List<HostileCorpus.Case> cases() {
        return HostileCorpus.load(CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInTheDocumentedErrorWithItsLocation(HostileCorpus.Case c) {
        HostileCorpus.assertEndsAsDocumented(c, new ListingFormat(), !c.name().endsWith(".html"));
    }
}
