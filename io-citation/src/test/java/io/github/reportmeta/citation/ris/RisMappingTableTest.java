package io.github.reportmeta.citation.ris;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one place per field for RIS: the writer's table has a row for every component of a report, and the write table
 * in {@code docs/formats/citation.md} prints it word for word, so that a field added to the model fails here until
 * its mapping is decided and written down.
 */
class RisMappingTableTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "citation.md");
    private static final String HEADING = "| model field | RIS tags | lost when |";

    @Test
    void theWritersTableHasARowForEveryComponentOfAReportInItsOrder() {
        assertThat(RisMapping.COMPONENTS).extracting(RisMapping.Component::name)
                .containsExactlyElementsOf(Arrays.stream(Report.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }

    @Test
    void theDocsWriteTableIsTheWritersTable() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int ris = lines.indexOf("## ris");
        assertThat(ris).as("the ris section of %s", DOC).isNotNegative();
        int start = lines.subList(ris, lines.size()).indexOf(HEADING);
        assertThat(start).as("the write table's heading in the ris section").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = ris + start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        List<String> expected = RisMapping.COMPONENTS.stream().map(c -> "| `" + c.name() + "` | "
                + (c.tags().isEmpty() ? "none" : c.tags()) + " | " + c.loss() + " |").toList();
        assertThat(rows).containsExactlyElementsOf(expected);
    }
}
