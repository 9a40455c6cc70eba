package io.github.reportmeta.citation.csl;

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
 * The one place per field, for {@code csl-json}: the write table of its section of {@code docs/formats/citation.md}
 * has a row for every component of a report, saying where it goes or that it is lost, so that a field added to the
 * model fails here until its mapping is decided and written down.
 */
class CslMappingTableTest {

    private static final Pattern FIELD = Pattern.compile("^\\| `([a-zA-Z]+)`");

    @Test
    void theWriteTableHasARowForEveryComponentOfAReport() throws IOException {
        List<String> lines = Files.readAllLines(CslRoundTripTest.DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf("## csl-json");
        int start = lines.subList(section, lines.size()).indexOf("| model field | CSL-JSON variable | lost? (field: when) |");
        assertThat(start).as("the write table's heading in the csl-json section of %s", CslRoundTripTest.DOC).isNotNegative();
        Set<String> rows = new LinkedHashSet<>();
        for (int i = section + start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (m.find()) {
                rows.add(m.group(1));
            }
        }
        Set<String> components = new LinkedHashSet<>();
        Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        assertThat(rows).as("the model fields of the csl-json write table").containsExactlyInAnyOrderElementsOf(components);
    }
}
