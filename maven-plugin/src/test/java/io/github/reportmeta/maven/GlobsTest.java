package io.github.reportmeta.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobsTest {

    @Test
    void aLeadingDoubleStarAlsoMatchesAtTheTopOfTheFolder() {
        Globs json = new Globs(List.of("**/*.json"));

        assertThat(json.matches(Path.of("catalogue.json"))).isTrue();
        assertThat(json.matches(Path.of("2024/catalogue.json"))).isTrue();
        assertThat(json.matches(Path.of("catalogue.xml"))).isFalse();
    }

    @Test
    void aFolderPatternMatchesEverythingUnderItAndNothingElse() {
        Globs drafts = new Globs(List.of("drafts/**"));

        assertThat(drafts.matches(Path.of("drafts/a.json"))).isTrue();
        assertThat(drafts.matches(Path.of("drafts/old/a.json"))).isTrue();
        assertThat(drafts.matches(Path.of("a.json"))).isFalse();
        assertThat(drafts.matches(Path.of("final/drafts.json"))).isFalse();
    }

    @Test
    void noPatternMatchesNothing() {
        assertThat(new Globs(List.of()).matches(Path.of("a.json"))).isFalse();
    }
}
