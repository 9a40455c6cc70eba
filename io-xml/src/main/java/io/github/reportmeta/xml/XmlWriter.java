package io.github.reportmeta.xml;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Coverage;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.internal.DocumentWriter;
import io.github.reportmeta.xml.internal.XmlCursor;
import io.github.reportmeta.xml.internal.XmlReadBackCheck;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/** Writes the canonical XML format: element names are the model's component names, list items singular. */
final class XmlWriter extends DocumentWriter<Report> {


    XmlWriter(OutputStream out, WriteOptions options) {
        super(out, options);
    }

    @Override
    protected Report prepare(Report report) {
        XmlReadBackCheck.report(report);
        return report;
    }

    /** The checks and the mapping read only the report and constants, so they may run ahead on other threads. */
    @Override
    protected boolean preparesConcurrently() {
        return true;
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        super.prepareHeader(header);
        XmlReadBackCheck.header(header);
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) throws XMLStreamException {
        startRoot("catalogue");
        if (header != null) {
            leaf("id", header.id().value());
            texts("titles", "title", header.titles());
            if (header.publisher() != null) {
                organization("publisher", header.publisher());
            }
            date("issued", header.issued());
            date("updated", header.updated());
        }
        xml.writeStartElement("reports");
        xml.writeCharacters("\n");
    }

    @Override
    protected void writeReport(Report report) throws XMLStreamException {
        xml.writeStartElement("report");
        reportContent(report);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    @Override
    protected void endDocument() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    @Override
    protected void writeSingleReport(Report report) throws XMLStreamException {
        startRoot("report");
        reportContent(report);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void startRoot(String name) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", name, XmlFormat.NAMESPACE);
        xml.writeDefaultNamespace(XmlFormat.NAMESPACE);
        xml.writeNamespace("xsi", XmlCursor.XSI);
        xml.writeAttribute("version", XmlFormat.VERSION);
    }

    private void reportContent(Report r) throws XMLStreamException {
        leaf("id", r.id().value());
        texts("titles", "title", r.titles());
        ReportNumber number = r.number();
        if (number != null) {
            xml.writeStartElement("number");
            leaf("series", number.series());
            leaf("number", number.number());
            leaf("raw", number.raw());
            if (number.year() != null) {
                leaf("year", number.year().toString());
            }
            xml.writeEndElement();
        }
        date("issued", r.issued());
        if (!r.dates().isEmpty()) {
            xml.writeStartElement("dates");
            for (ReportDate d : r.dates()) {
                xml.writeStartElement("date");
                leaf("kind", CodeTable.DATE_KINDS.code(d.kind()));
                leaf("value", d.value());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!r.authors().isEmpty()) {
            xml.writeStartElement("authors");
            for (Author a : r.authors()) {
                xml.writeStartElement("author");
                agent(a.agent());
                leaf("role", CodeTable.ROLES.code(a.role()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (r.publisher() != null) {
            organization("publisher", r.publisher());
        }
        texts("abstracts", "abstract", r.abstracts());
        if (!r.keywords().isEmpty()) {
            xml.writeStartElement("keywords");
            for (Keyword k : r.keywords()) {
                xml.writeStartElement("keyword");
                leaf("term", k.term());
                if (k.language() != null) {
                    leaf("language", k.language().value());
                }
                if (k.vocabulary() != null) {
                    leaf("vocabulary", k.vocabulary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (r.language() != null) {
            leaf("language", r.language().value());
        }
        leaf("type", CodeTable.REPORT_TYPES.code(r.type()));
        if (!r.identifiers().isEmpty()) {
            xml.writeStartElement("identifiers");
            for (Identifier i : r.identifiers()) {
                identifier("identifier", i);
            }
            xml.writeEndElement();
        }
        if (r.landingPage() != null) {
            leaf("landingPage", r.landingPage().value());
        }
        if (r.fullText() != null) {
            leaf("fullText", r.fullText().value());
        }
        if (r.rights() != null) {
            leaf("rights", r.rights());
        }
        if (r.license() != null) {
            leaf("license", r.license().value());
        }
        if (!r.formats().isEmpty()) {
            xml.writeStartElement("formats");
            for (MediaFormat f : r.formats()) {
                xml.writeStartElement("format");
                leaf("kind", CodeTable.FORMAT_KINDS.code(f.kind()));
                leaf("text", f.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!r.sources().isEmpty()) {
            xml.writeStartElement("sources");
            for (String source : r.sources()) {
                leaf("source", source);
            }
            xml.writeEndElement();
        }
        if (!r.coverage().isEmpty()) {
            xml.writeStartElement("coverage");
            for (Coverage cov : r.coverage()) {
                xml.writeStartElement("scope");
                leaf("kind", CodeTable.COVERAGE_KINDS.code(cov.kind()));
                leaf("text", cov.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!r.relations().isEmpty()) {
            xml.writeStartElement("relations");
            for (Relation rel : r.relations()) {
                xml.writeStartElement("relation");
                leaf("type", CodeTable.RELATION_TYPES.code(rel.type()));
                identifier("target", rel.target());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!r.metrics().isEmpty()) {
            xml.writeStartElement("metrics");
            for (Metric m : r.metrics()) {
                xml.writeStartElement("metric");
                leaf("type", CodeTable.METRIC_TYPES.code(m.type()));
                leaf("count", Long.toString(m.count()));
                date("asOf", m.asOf());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private void agent(Agent agent) throws XMLStreamException {
        xml.writeStartElement("agent");
        if (agent instanceof Person p) {
            xml.writeAttribute("xsi", XmlCursor.XSI, "type", "Person");
            personName(p.name());
            if (p.orcid() != null) {
                leaf("orcid", p.orcid().value());
            }
            if (!p.affiliations().isEmpty()) {
                xml.writeStartElement("affiliations");
                for (Organization o : p.affiliations()) {
                    organization("affiliation", o);
                }
                xml.writeEndElement();
            }
        } else {
            xml.writeAttribute("xsi", XmlCursor.XSI, "type", "Organization");
            organizationContent((Organization) agent);
        }
        xml.writeEndElement();
    }

    private void personName(PersonName n) throws XMLStreamException {
        xml.writeStartElement("name");
        optional("family", n.family());
        optional("given", n.given());
        optional("particle", n.particle());
        optional("suffix", n.suffix());
        leaf("order", XmlFormat.code(n.order()));
        optional("literal", n.literal());
        if (n.original() != null) {
            localized("original", n.original());
        }
        xml.writeEndElement();
    }

    private void organization(String element, Organization o) throws XMLStreamException {
        xml.writeStartElement(element);
        organizationContent(o);
        xml.writeEndElement();
    }

    private void organizationContent(Organization o) throws XMLStreamException {
        leaf("name", o.name());
        optional("acronym", o.acronym());
        if (o.parent() != null) {
            organization("parent", o.parent());
        }
        if (o.ror() != null) {
            leaf("ror", o.ror().value());
        }
        if (o.isni() != null) {
            leaf("isni", o.isni().value());
        }
    }

    private void identifier(String element, Identifier i) throws XMLStreamException {
        xml.writeStartElement(element);
        leaf("scheme", CodeTable.SCHEMES.code(i.scheme()));
        leaf("value", i.value());
        xml.writeEndElement();
    }

    private void texts(String list, String item, List<LocalizedText> texts) throws XMLStreamException {
        if (texts.isEmpty()) {
            return;
        }
        xml.writeStartElement(list);
        for (LocalizedText t : texts) {
            localized(item, t);
        }
        xml.writeEndElement();
    }

    private void localized(String element, LocalizedText t) throws XMLStreamException {
        xml.writeStartElement(element);
        leaf("text", t.text());
        if (t.language() != null) {
            leaf("language", t.language().value());
        }
        xml.writeEndElement();
    }

    private void date(String element, @Nullable PartialDate date) throws XMLStreamException {
        if (date != null) {
            leaf(element, date.toString());
        }
    }

    private void optional(String element, @Nullable String text) throws XMLStreamException {
        if (text != null) {
            leaf(element, text);
        }
    }

    private void leaf(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
