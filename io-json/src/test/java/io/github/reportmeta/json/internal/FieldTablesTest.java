package io.github.reportmeta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Author;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.json.JsonFormat;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place per field: the JSON reader's table of report properties and the JSON Schema's definitions name
 * exactly the model's record components, so that a field added to the model fails here until the codec and its
 * schema know it. (The contract test's lossless round trip of the maximal report catches a writer that forgets it.)
 */
class FieldTablesTest {

    @Test
    void theReadersTableNamesEveryComponentOfAReportInOrder() {
        assertThat(ModelReader.REPORT.keySet()).containsExactlyElementsOf(components(Report.class));
    }

    static Stream<Arguments> definitions() {
        return Stream.of(Arguments.of("report", Report.class), Arguments.of("text", LocalizedText.class),
                Arguments.of("reportNumber", ReportNumber.class), Arguments.of("author", Author.class),
                Arguments.of("person", Person.class), Arguments.of("organization", Organization.class),
                Arguments.of("personName", PersonName.class), Arguments.of("keyword", Keyword.class),
                Arguments.of("relation", Relation.class), Arguments.of("metric", Metric.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void theSchemasDefinitionOfARecordHasAPropertyPerComponent(String definition, Class<?> record) throws Exception {
        JsonNode schema;
        try (InputStream in = JsonFormat.openSchema()) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        JsonNode properties = schema.path("$defs").path(definition).path("properties");
        assertThat(properties.isObject()).as("$defs/%s/properties in the schema", definition).isTrue();
        List<String> names = new ArrayList<>(properties.propertyNames());
        List<String> expected = components(record);
        if (!expected.contains("type")) {
            names.remove("type"); // the discriminator of an agent, not a component
        }
        assertThat(names).as("the properties of $defs/%s", definition).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
