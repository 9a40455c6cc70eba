package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps a report to its schema.org node: a map of property names to strings, numbers, value objects, nested nodes
 * and lists, in the order they are written. What schema.org cannot hold is left out here and named by the writer,
 * which reads the node back to find it.
 */
final class NodeWriter {

    private NodeWriter() {}

    /** The report's node, without {@code @context}. */
    static Map<String, Object> report(Report r) {
        LanguageTag lang = r.language();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "Report");
        if (!r.titles().isEmpty()) {
            o.put("name", Vocabulary.text(r.titles().get(0), lang));
            put(o, "alternateName", r.titles().subList(1, r.titles().size()), t -> Vocabulary.text(t, lang));
        }
        o.put("genre", r.type().label());
        if (r.number() != null) {
            o.put("reportNumber", r.number().number());
            Map<String, Object> series = node("CreativeWorkSeries");
            series.put("name", r.number().series());
            o.put("isPartOf", series);
        }
        if (r.issued() != null) {
            o.put("datePublished", r.issued().toString());
        }
        date(o, "dateCreated", r.dates(), ReportDate.Kind.CREATED);
        date(o, "dateModified", r.dates(), ReportDate.Kind.MODIFIED);
        for (Map.Entry<String, Role> role : Vocabulary.ROLES.entrySet()) {
            if (role.getKey().equals("creator")) {
                continue;
            }
            List<Author> holders = r.authors().stream().filter(a -> writtenAs(a) == role.getValue()).toList();
            put(o, role.getKey(), holders, a -> agent(a.agent()));
        }
        if (r.publisher() != null) {
            o.put("publisher", organization(r.publisher()));
        }
        put(o, "abstract", r.abstracts(), t -> Vocabulary.text(t, lang));
        if (!r.keywords().isEmpty()) {
            o.put("keywords", r.keywords().stream().map(k -> keyword(k, lang)).toList());
        }
        if (lang != null) {
            o.put("inLanguage", lang.value());
        }
        List<Object> ids = new ArrayList<>();
        ids.add(propertyValue(Vocabulary.REPORT_ID, r.id().value()));
        for (Identifier i : r.identifiers()) {
            ids.add(propertyValue(i.scheme().code(), i.value()));
        }
        o.put("identifier", ids);
        if (r.landingPage() != null) {
            o.put("url", r.landingPage().value());
        }
        if (r.fullText() != null) {
            Map<String, Object> media = node("MediaObject");
            media.put("contentUrl", r.fullText().value());
            o.put("encoding", media);
        }
        put(o, "encodingFormat", r.formats().stream().filter(f -> f.kind() == MediaFormat.Kind.MEDIA_TYPE).toList(),
                MediaFormat::text);
        if (r.rights() != null) {
            o.put("copyrightNotice", r.rights());
        }
        if (r.license() != null) {
            o.put("license", r.license().value());
        }
        put(o, "spatialCoverage", coverage(r, Coverage.Kind.SPATIAL), Coverage::text);
        put(o, "temporalCoverage", coverage(r, Coverage.Kind.TEMPORAL), Coverage::text);
        List<Object> counters = new ArrayList<>();
        for (Metric m : r.metrics()) {
            String action = Vocabulary.action(m.type());
            if (action != null) {
                Map<String, Object> counter = node("InteractionCounter");
                counter.put("interactionType", node(action));
                counter.put("userInteractionCount", m.count());
                counters.add(counter);
            }
        }
        if (!counters.isEmpty()) {
            o.put("interactionStatistic", counters);
        }
        return o;
    }

    /** The role an author is written under: people and organisations are authors, whatever their role's name. */
    private static @Nullable Role writtenAs(Author a) {
        return switch (a.role()) {
            case AUTHOR, RESEARCH_TEAM -> Role.AUTHOR;
            case EDITOR, CONTRIBUTOR, TRANSLATOR -> a.role();
            default -> null;
        };
    }

    private static List<Coverage> coverage(Report r, Coverage.Kind kind) {
        return r.coverage().stream().filter(c -> c.kind() == kind).toList();
    }

    private static void date(Map<String, Object> o, String name, List<ReportDate> dates, ReportDate.Kind kind) {
        dates.stream().filter(d -> d.kind() == kind).findFirst().ifPresent(d -> o.put(name, d.value()));
    }

    static Object agent(Agent agent) {
        return agent instanceof Person p ? person(p) : organization((Organization) agent);
    }

    private static Map<String, Object> person(Person p) {
        Map<String, Object> o = node("Person");
        PersonName n = p.name();
        o.put("name", n.displayName());
        if (n.given() != null) {
            o.put("givenName", n.given());
        }
        if (n.family() != null) {
            o.put("familyName", n.family());
        }
        if (n.suffix() != null) {
            o.put("honorificSuffix", n.suffix());
        }
        if (n.original() != null) {
            o.put("alternateName", Vocabulary.text(n.original(), null));
        }
        if (p.orcid() != null) {
            o.put("sameAs", p.orcid().uri());
        }
        put(o, "affiliation", p.affiliations(), NodeWriter::organization);
        return o;
    }

    static Map<String, Object> organization(Organization org) {
        Map<String, Object> o = node("Organization");
        o.put("name", org.name());
        if (org.acronym() != null) {
            o.put("alternateName", org.acronym());
        }
        List<Object> same = new ArrayList<>();
        if (org.ror() != null) {
            same.add(org.ror().uri());
        }
        if (org.isni() != null) {
            same.add(NodeReader.ISNI + org.isni().value());
        }
        if (!same.isEmpty()) {
            o.put("sameAs", same.size() == 1 ? same.get(0) : same);
        }
        if (org.parent() != null) {
            o.put("parentOrganization", organization(org.parent()));
        }
        return o;
    }

    private static Object keyword(Keyword k, @Nullable LanguageTag lang) {
        Object term = Vocabulary.text(new LocalizedText(k.term(), k.language()), lang);
        if (k.vocabulary() == null) {
            return term;
        }
        Map<String, Object> o = node("DefinedTerm");
        o.put("name", term);
        o.put("inDefinedTermSet", k.vocabulary());
        return o;
    }

    private static Map<String, Object> propertyValue(String id, String value) {
        Map<String, Object> o = node("PropertyValue");
        o.put("propertyID", id);
        o.put("value", value);
        return o;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", type);
        return o;
    }

    /** Puts one value as itself and several as a list; nothing when there are none. */
    private static <T> void put(Map<String, Object> o, String name, List<T> values, Function<T, Object> map) {
        if (values.size() == 1) {
            o.put(name, map.apply(values.get(0)));
        } else if (!values.isEmpty()) {
            o.put(name, values.stream().map(map).toList());
        }
    }
}
