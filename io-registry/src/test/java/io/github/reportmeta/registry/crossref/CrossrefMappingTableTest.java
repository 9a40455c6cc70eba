package io.github.reportmeta.registry.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one place per field for crossref: the mapping table in {@code docs/formats/registries.md} has a row for every
 * component of a report, saying where it goes or that it is lost, so that a field added to the model fails here
 * until its mapping is decided and written down; and the settings table lists exactly the format's settings.
 */
class CrossrefMappingTableTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "registries.md");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\| `([a-zA-Z.-]+)");

    static Set<String> firstCells(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertThat(start).as("the table heading '%s' in %s", heading, DOC).isNotNegative();
        Set<String> rows = new LinkedHashSet<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = FIRST_CELL.matcher(lines.get(i));
            if (m.find()) {
                rows.add(m.group(1));
            }
        }
        return rows;
    }

    @Test
    void theMappingTableHasARowForEveryComponentOfAReport() throws IOException {
        Set<String> components = new LinkedHashSet<>();
        Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);

        assertThat(firstCells("| model field | crossref element | lost (loss note pointer) |"))
                .as("the model fields of the crossref mapping table").containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void theSettingsTableListsExactlyTheFormatsSettings() throws IOException {
        assertThat(firstCells("| setting | element | required | default, and what the schema takes |"))
                .containsExactlyInAnyOrderElementsOf(CrossrefFormat.SETTINGS);
    }
}
