package io.github.reportmeta.json;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.testing.HostileCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input of {@code src/test/resources/hostile/} ends as its README row says, in bounded time and memory. */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    private static final FormatRegistry FORMATS = FormatRegistry.of(new JsonFormat(), new JsonLinesFormat());

    static List<HostileCorpus.Case> cases() {
        return HostileCorpus.load(CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInTheDocumentedErrorWithLineAndColumn(HostileCorpus.Case c) {
        HostileCorpus.assertEndsAsDocumented(c, FORMATS.expect(c.format()), true);
    }
}
