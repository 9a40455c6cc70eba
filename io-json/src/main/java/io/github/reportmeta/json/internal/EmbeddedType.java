package io.github.reportmeta.json.internal;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * A model type that can stand as a JSON value in a user's own document, with the {@link ModelWriter} and
 * {@link ModelReader} code that writes and reads it in the canonical format. It needs jackson-core only; the
 * Jackson module in {@code io.github.reportmeta.json.databind} turns each one into a serialiser and a
 * deserialiser.
 *
 * @param <T> the model type
 * @param type the model type
 * @param write writes a value with the generator positioned where a value may start
 * @param read reads a value whose first token is the reader's next one
 */
public record EmbeddedType<T>(Class<T> type, BiConsumer<JsonGenerator, T> write, Function<ModelReader, T> read) {

    private static final List<EmbeddedType<?>> ALL = List.of(
            of(Report.class, (g, r) -> {
                JsonReadBackCheck.report(r);
                ModelWriter.report(g, r);
            }, ModelReader::report),
            of(CatalogueHeader.class, (g, h) -> {
                JsonReadBackCheck.header(h);
                g.writeStartObject();
                ModelWriter.headerFields(g, h);
                g.writeEndObject();
            }, EmbeddedType::header),
            of(LocalizedText.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::text), ModelReader::text),
            of(ReportNumber.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::number), ModelReader::number),
            of(Author.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::author), ModelReader::author),
            of(Agent.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::agent), ModelReader::agent),
            of(Person.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::person), ModelReader::person),
            of(Organization.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::organization), ModelReader::organization),
            of(PersonName.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::personName), ModelReader::personName),
            of(Keyword.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::keyword), ModelReader::keyword),
            of(Identifier.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::identifier), ModelReader::identifier),
            of(Relation.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::relation), ModelReader::relation),
            of(Metric.class, (g, v) -> ModelWriter.value(g, v, ModelWriter::metric), ModelReader::metric),
            of(PartialDate.class, (g, d) -> g.writeString(d.toString()), ModelReader::date),
            of(LanguageTag.class, (g, t) -> g.writeString(t.value()), ModelReader::languageTag),
            of(ReportId.class, (g, id) -> g.writeString(id.value()), ModelReader::reportId),
            of(CatalogueId.class, (g, id) -> g.writeString(id.value()), ModelReader::catalogueId),
            of(Role.class, (g, v) -> g.writeString(v.code()), m -> m.code("a role", ModelCodes.ROLES)),
            of(ReportType.class, (g, v) -> g.writeString(v.code()),
                    m -> m.code("a report type", ModelCodes.REPORT_TYPES)),
            of(RelationType.class, (g, v) -> g.writeString(v.code()),
                    m -> m.code("a relation type", ModelCodes.RELATION_TYPES)),
            of(MetricType.class, (g, v) -> g.writeString(v.code()),
                    m -> m.code("a metric type", ModelCodes.METRIC_TYPES)));

    /**
     * Every model type that stands alone, in a stable order.
     *
     * @return the types
     */
    public static List<EmbeddedType<?>> all() {
        return ALL;
    }

    private static <T> EmbeddedType<T> of(Class<T> type, BiConsumer<JsonGenerator, T> write, Function<ModelReader, T> read) {
        return new EmbeddedType<>(type, write, read);
    }

    private static CatalogueHeader header(ModelReader m) {
        m.expectStartObject("a catalogue header");
        CatalogueHeader header = m.headerFields(m.nextName(), null);
        if (header == null) {
            throw m.problem("a catalogue header needs the property 'id'");
        }
        return header;
    }
}
