package io.github.reportmeta.registry.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one place per field for {@code schema-org}: the write table in {@code docs/formats/registries.md} has a row
 * for every component of a report, and a component the writer can name as lost says so in its row.
 */
class SchemaOrgMappingTableTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "registries.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\|.*\\| ([^|]+) \\|$");

    private static Map<String, String> rows() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf("## schema-org");
        int start = lines.subList(section, lines.size()).indexOf("| model field | schema.org | lost? |") + section;
        assertThat(start).as("the write table's heading in %s", DOC).isGreaterThan(section);
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.find()) {
                rows.put(m.group(1), m.group(2).strip());
            }
        }
        return rows;
    }

    @Test
    void theWriteTableHasARowForEveryComponentOfAReport() throws IOException {
        List<String> components = Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void everyComponentTheWriterNamesAsLostIsNotMarkedLosslessInTheTable() throws IOException {
        Map<String, String> rows = rows();

        for (String component : SchemaOrgWriter.LOSSES.keySet()) {
            assertThat(rows.get(component)).as("the 'lost?' cell of %s", component).isNotEqualTo("no");
        }
    }
}
