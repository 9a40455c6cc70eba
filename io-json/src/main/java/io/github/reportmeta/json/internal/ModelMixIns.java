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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The mix-ins of {@link io.github.reportmeta.json.ReportMetadataModule}: each names the serialiser and
 * deserialiser of one model type, which delegate to {@link ModelWriter} and {@link ModelReader}, so that a
 * model value inside a user's own class is written exactly as in the canonical format and read as strictly.
 */
public final class ModelMixIns {

    private ModelMixIns() {}

    /**
     * Every model type with its mix-in, in a stable order.
     *
     * @return the mix-in of each type
     */
    public static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
        mixIns.put(Report.class, ReportMixIn.class);
        mixIns.put(CatalogueHeader.class, HeaderMixIn.class);
        mixIns.put(LocalizedText.class, TextMixIn.class);
        mixIns.put(ReportNumber.class, NumberMixIn.class);
        mixIns.put(Author.class, AuthorMixIn.class);
        mixIns.put(Agent.class, AgentMixIn.class);
        mixIns.put(Person.class, PersonMixIn.class);
        mixIns.put(Organization.class, OrganizationMixIn.class);
        mixIns.put(PersonName.class, PersonNameMixIn.class);
        mixIns.put(Keyword.class, KeywordMixIn.class);
        mixIns.put(Identifier.class, IdentifierMixIn.class);
        mixIns.put(Relation.class, RelationMixIn.class);
        mixIns.put(Metric.class, MetricMixIn.class);
        mixIns.put(PartialDate.class, DateMixIn.class);
        mixIns.put(LanguageTag.class, LanguageMixIn.class);
        mixIns.put(ReportId.class, ReportIdMixIn.class);
        mixIns.put(CatalogueId.class, CatalogueIdMixIn.class);
        mixIns.put(Role.class, RoleMixIn.class);
        mixIns.put(ReportType.class, ReportTypeMixIn.class);
        mixIns.put(RelationType.class, RelationTypeMixIn.class);
        mixIns.put(MetricType.class, MetricTypeMixIn.class);
        return mixIns;
    }

    /** Writes a model value with a {@link ModelWriter} method. */
    abstract static class Writer<T> extends ValueSerializer<T> {
        private final BiConsumer<JsonGenerator, T> write;

        Writer(BiConsumer<JsonGenerator, T> write) {
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            write.accept(g, value);
        }
    }

    /** Reads a model value with a {@link ModelReader} method, strictly, starting at the current token. */
    abstract static class Reader<T> extends ValueDeserializer<T> {
        private final Function<ModelReader, T> read;

        Reader(Function<ModelReader, T> read) {
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            ModelReader model = new ModelReader(p, false, Long.MAX_VALUE);
            model.atCurrentToken();
            try {
                return read.apply(model);
            } catch (JsonProblem e) {
                String where = e.pointer().isEmpty() ? "" : " (at " + e.pointer() + " within the value)";
                throw DatabindException.from(p, e.problem() + where, e);
            }
        }
    }

    @JsonSerialize(using = ReportWriter.class)
    @JsonDeserialize(using = ReportReader.class)
    abstract static class ReportMixIn {}

    static final class ReportWriter extends Writer<Report> {
        ReportWriter() {
            super((g, r) -> {
                ModelWriter.checkNesting(r);
                ModelWriter.report(g, r);
            });
        }
    }

    static final class ReportReader extends Reader<Report> {
        ReportReader() {
            super(ModelReader::report);
        }
    }

    @JsonSerialize(using = HeaderWriter.class)
    @JsonDeserialize(using = HeaderReader.class)
    abstract static class HeaderMixIn {}

    static final class HeaderWriter extends Writer<CatalogueHeader> {
        HeaderWriter() {
            super((g, h) -> {
                ModelWriter.checkNesting(h);
                g.writeStartObject();
                ModelWriter.headerFields(g, h);
                g.writeEndObject();
            });
        }
    }

    static final class HeaderReader extends Reader<CatalogueHeader> {
        HeaderReader() {
            super(m -> {
                m.expectStartObject("a catalogue header");
                CatalogueHeader header = m.headerFields(m.nextName(), null);
                if (header == null) {
                    throw m.problem("a catalogue header needs the property 'id'");
                }
                return header;
            });
        }
    }

    @JsonSerialize(using = TextWriter.class)
    @JsonDeserialize(using = TextReader.class)
    abstract static class TextMixIn {}

    static final class TextWriter extends Writer<LocalizedText> {
        TextWriter() {
            super(ModelWriter::text);
        }
    }

    static final class TextReader extends Reader<LocalizedText> {
        TextReader() {
            super(ModelReader::text);
        }
    }

    @JsonSerialize(using = NumberWriter.class)
    @JsonDeserialize(using = NumberReader.class)
    abstract static class NumberMixIn {}

    static final class NumberWriter extends Writer<ReportNumber> {
        NumberWriter() {
            super(ModelWriter::number);
        }
    }

    static final class NumberReader extends Reader<ReportNumber> {
        NumberReader() {
            super(ModelReader::number);
        }
    }

    @JsonSerialize(using = AuthorWriter.class)
    @JsonDeserialize(using = AuthorReader.class)
    abstract static class AuthorMixIn {}

    static final class AuthorWriter extends Writer<Author> {
        AuthorWriter() {
            super(ModelWriter::author);
        }
    }

    static final class AuthorReader extends Reader<Author> {
        AuthorReader() {
            super(ModelReader::author);
        }
    }

    @JsonSerialize(using = AgentWriter.class)
    @JsonDeserialize(using = AgentReader.class)
    abstract static class AgentMixIn {}

    static final class AgentWriter extends Writer<Agent> {
        AgentWriter() {
            super(ModelWriter::agent);
        }
    }

    static final class AgentReader extends Reader<Agent> {
        AgentReader() {
            super(ModelReader::agent);
        }
    }

    @JsonSerialize(using = PersonWriter.class)
    @JsonDeserialize(using = PersonReader.class)
    abstract static class PersonMixIn {}

    static final class PersonWriter extends Writer<Person> {
        PersonWriter() {
            super(ModelWriter::person);
        }
    }

    static final class PersonReader extends Reader<Person> {
        PersonReader() {
            super(ModelReader::person);
        }
    }

    @JsonSerialize(using = OrganizationWriter.class)
    @JsonDeserialize(using = OrganizationReader.class)
    abstract static class OrganizationMixIn {}

    static final class OrganizationWriter extends Writer<Organization> {
        OrganizationWriter() {
            super(ModelWriter::organization);
        }
    }

    static final class OrganizationReader extends Reader<Organization> {
        OrganizationReader() {
            super(ModelReader::organization);
        }
    }

    @JsonSerialize(using = PersonNameWriter.class)
    @JsonDeserialize(using = PersonNameReader.class)
    abstract static class PersonNameMixIn {}

    static final class PersonNameWriter extends Writer<PersonName> {
        PersonNameWriter() {
            super(ModelWriter::personName);
        }
    }

    static final class PersonNameReader extends Reader<PersonName> {
        PersonNameReader() {
            super(ModelReader::personName);
        }
    }

    @JsonSerialize(using = KeywordWriter.class)
    @JsonDeserialize(using = KeywordReader.class)
    abstract static class KeywordMixIn {}

    static final class KeywordWriter extends Writer<Keyword> {
        KeywordWriter() {
            super(ModelWriter::keyword);
        }
    }

    static final class KeywordReader extends Reader<Keyword> {
        KeywordReader() {
            super(ModelReader::keyword);
        }
    }

    @JsonSerialize(using = IdentifierWriter.class)
    @JsonDeserialize(using = IdentifierReader.class)
    abstract static class IdentifierMixIn {}

    static final class IdentifierWriter extends Writer<Identifier> {
        IdentifierWriter() {
            super(ModelWriter::identifier);
        }
    }

    static final class IdentifierReader extends Reader<Identifier> {
        IdentifierReader() {
            super(ModelReader::identifier);
        }
    }

    @JsonSerialize(using = RelationWriter.class)
    @JsonDeserialize(using = RelationReader.class)
    abstract static class RelationMixIn {}

    static final class RelationWriter extends Writer<Relation> {
        RelationWriter() {
            super(ModelWriter::relation);
        }
    }

    static final class RelationReader extends Reader<Relation> {
        RelationReader() {
            super(ModelReader::relation);
        }
    }

    @JsonSerialize(using = MetricWriter.class)
    @JsonDeserialize(using = MetricReader.class)
    abstract static class MetricMixIn {}

    static final class MetricWriter extends Writer<Metric> {
        MetricWriter() {
            super(ModelWriter::metric);
        }
    }

    static final class MetricReader extends Reader<Metric> {
        MetricReader() {
            super(ModelReader::metric);
        }
    }

    @JsonSerialize(using = DateWriter.class)
    @JsonDeserialize(using = DateReader.class)
    abstract static class DateMixIn {}

    static final class DateWriter extends Writer<PartialDate> {
        DateWriter() {
            super((g, d) -> g.writeString(d.toString()));
        }
    }

    static final class DateReader extends Reader<PartialDate> {
        DateReader() {
            super(ModelReader::date);
        }
    }

    @JsonSerialize(using = LanguageWriter.class)
    @JsonDeserialize(using = LanguageReader.class)
    abstract static class LanguageMixIn {}

    static final class LanguageWriter extends Writer<LanguageTag> {
        LanguageWriter() {
            super((g, t) -> g.writeString(t.value()));
        }
    }

    static final class LanguageReader extends Reader<LanguageTag> {
        LanguageReader() {
            super(ModelReader::languageTag);
        }
    }

    @JsonSerialize(using = ReportIdWriter.class)
    @JsonDeserialize(using = ReportIdReader.class)
    abstract static class ReportIdMixIn {}

    static final class ReportIdWriter extends Writer<ReportId> {
        ReportIdWriter() {
            super((g, id) -> g.writeString(id.value()));
        }
    }

    static final class ReportIdReader extends Reader<ReportId> {
        ReportIdReader() {
            super(ModelReader::reportId);
        }
    }

    @JsonSerialize(using = CatalogueIdWriter.class)
    @JsonDeserialize(using = CatalogueIdReader.class)
    abstract static class CatalogueIdMixIn {}

    static final class CatalogueIdWriter extends Writer<CatalogueId> {
        CatalogueIdWriter() {
            super((g, id) -> g.writeString(id.value()));
        }
    }

    static final class CatalogueIdReader extends Reader<CatalogueId> {
        CatalogueIdReader() {
            super(ModelReader::catalogueId);
        }
    }

    @JsonSerialize(using = RoleWriter.class)
    @JsonDeserialize(using = RoleReader.class)
    abstract static class RoleMixIn {}

    static final class RoleWriter extends Writer<Role> {
        RoleWriter() {
            super((g, v) -> g.writeString(v.code()));
        }
    }

    static final class RoleReader extends Reader<Role> {
        RoleReader() {
            super(m -> m.code("a role", ModelCodes.ROLES));
        }
    }

    @JsonSerialize(using = ReportTypeWriter.class)
    @JsonDeserialize(using = ReportTypeReader.class)
    abstract static class ReportTypeMixIn {}

    static final class ReportTypeWriter extends Writer<ReportType> {
        ReportTypeWriter() {
            super((g, v) -> g.writeString(v.code()));
        }
    }

    static final class ReportTypeReader extends Reader<ReportType> {
        ReportTypeReader() {
            super(m -> m.code("a report type", ModelCodes.REPORT_TYPES));
        }
    }

    @JsonSerialize(using = RelationTypeWriter.class)
    @JsonDeserialize(using = RelationTypeReader.class)
    abstract static class RelationTypeMixIn {}

    static final class RelationTypeWriter extends Writer<RelationType> {
        RelationTypeWriter() {
            super((g, v) -> g.writeString(v.code()));
        }
    }

    static final class RelationTypeReader extends Reader<RelationType> {
        RelationTypeReader() {
            super(m -> m.code("a relation type", ModelCodes.RELATION_TYPES));
        }
    }

    @JsonSerialize(using = MetricTypeWriter.class)
    @JsonDeserialize(using = MetricTypeReader.class)
    abstract static class MetricTypeMixIn {}

    static final class MetricTypeWriter extends Writer<MetricType> {
        MetricTypeWriter() {
            super((g, v) -> g.writeString(v.code()));
        }
    }

    static final class MetricTypeReader extends Reader<MetricType> {
        MetricTypeReader() {
            super(m -> m.code("a metric type", ModelCodes.METRIC_TYPES));
        }
    }
}
