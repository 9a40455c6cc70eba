package io.github.reportmeta.registry.datacite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one place per field, for {@code datacite}: the write table of {@code docs/formats/registries.md} has a row for
 * every component of a report, and says "lost" exactly for the components a write may lose, whose notes it lists.
 */
class DataCiteMappingTableTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "registries.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\|.*\\|([^|]*)\\|$");

    private static List<String> section() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("## datacite");
        assertThat(start).as("the datacite section of %s", DOC).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void theWriteTableHasARowForEveryComponentOfAReport() throws IOException {
        List<String> lines = section();
        int start = lines.indexOf("| model field | DataCite | lost? |");
        assertThat(start).as("the write table's heading").isNotNegative();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.find()) {
                rows.put(m.group(1), m.group(2).strip());
            }
        }
        Set<String> components = new LinkedHashSet<>();
        Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        assertThat(rows.keySet()).as("the model fields of the write table").containsExactlyInAnyOrderElementsOf(components);
        Set<String> lossy = new LinkedHashSet<>();
        rows.forEach((field, lost) -> {
            if (!lost.isEmpty()) {
                lossy.add(field);
            }
        });
        Set<String> whitespaceOnly = Set.of("titles", "abstracts", "keywords");
        Set<String> expected = new LinkedHashSet<>(DataCiteMapping.LOSSY_COMPONENTS);
        expected.removeAll(whitespaceOnly);
        assertThat(lossy).as("fields the write table says a write may lose").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyLossNoteIsListedWithItsReason() throws IOException {
        String text = String.join("\n", section());
        for (String component : DataCiteMapping.LOSSY_COMPONENTS) {
            assertThat(text).as("the note of /%s", component).contains("`/" + component + "`")
                    .contains(DataCiteMapping.reason(component));
        }
    }
}
