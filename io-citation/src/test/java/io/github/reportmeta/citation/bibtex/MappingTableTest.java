package io.github.reportmeta.citation.bibtex;

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
 * The one place per field, for bibtex: the write table in the {@code ## bibtex} section of
 * {@code docs/formats/citation.md} has a row for every component of a report, and a row that says a component can
 * be lost quotes the reason the writer's note gives, so that a field added to the model fails here until its
 * mapping is decided and written down.
 */
class MappingTableTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "citation.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\|");

    private static Map<String, String> writeTable() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf("## bibtex");
        int start = lines.subList(section, lines.size()).indexOf("| model field | bibtex field | lost? (the note's reason) |");
        assertThat(section).as("the bibtex section of %s", DOC).isNotNegative();
        assertThat(start).as("the write table's heading in the bibtex section").isNotNegative();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = section + start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.find()) {
                rows.put(m.group(1), lines.get(i));
            }
        }
        return rows;
    }

    @Test
    void theWriteTableHasARowForEveryComponentOfAReport() throws IOException {
        List<String> components = Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(writeTable().keySet()).containsExactlyInAnyOrderElementsOf(components);
        assertThat(BibtexWriter.LOSSES.keySet()).as("the writer's reasons").containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void everyRowThatLosesAComponentQuotesTheWritersReason() throws IOException {
        for (Map.Entry<String, String> row : writeTable().entrySet()) {
            String lost = row.getValue().substring(row.getValue().lastIndexOf("| ", row.getValue().length() - 3));
            if (lost.contains("| never")) {
                continue;
            }
            String reason = BibtexWriter.LOSSES.get(row.getKey());
            assertThat(lost).as("the row of %s", row.getKey()).contains(reason.substring(0, Math.min(40, reason.length())));
        }
    }
}
