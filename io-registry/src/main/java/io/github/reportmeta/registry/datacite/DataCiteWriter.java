package io.github.reportmeta.registry.datacite;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.xml.internal.DocumentWriter;
import io.github.reportmeta.xml.internal.XmlCursor;
import io.github.reportmeta.xml.internal.XmlReadBackCheck;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@code <resource>} per report: a single report as a document of its own, several in a
 * {@code <resources>} collection. A report without a DOI or an issued date is written without the
 * {@code <identifier>} or {@code <publicationYear>} that DataCite requires, with a warning; a lossless write
 * refuses it.
 */
final class DataCiteWriter extends DocumentWriter<DataCiteElement> {

    private final DataCiteMapping mapping = new DataCiteMapping();
    private final boolean lossless;

    DataCiteWriter(OutputStream out, WriteOptions options) {
        super(out, options);
        this.lossless = options.lossless();
    }

    @Override
    protected DataCiteElement prepare(Report report) {
        DataCiteElement resource = mapping.resource(report);
        long[] bytes = {0};
        int values = check(report, resource, bytes);
        try {
            XmlReadBackCheck.size(report.id(), bytes[0], values);
        } catch (ReportMetadataException tooLarge) {
            throw new ReportMetadataException(tooLarge.getMessage() + "; its largest value is "
                    + largestValue(report, resource), tooLarge);
        }
        if (DataCiteMapping.primaryDoi(report) == null) {
            required(report, "/identifiers", "DataCite requires a DOI as the record's <identifier>, but the report has"
                    + " none: the record is written without one, and the DataCite schema accepts it once a DOI is"
                    + " filled in");
        }
        if (report.issued() == null) {
            required(report, "/issued", "DataCite requires a <publicationYear>, but the report has no issued date: "
                    + "the record is written without one, and the DataCite schema accepts it once a year is filled in");
        }
        Report back = mapping.report(resource, report.id(), DataCiteMapping.Notes.NONE);
        for (String component : changedComponents(report, back)) {
            note(ConversionNote.loss(report.id(), "/" + component, DataCiteMapping.reason(component)));
        }
        return resource;
    }

    private void required(Report report, String pointer, String message) {
        if (lossless) {
            throw new ReportMetadataException(report.id() + " " + pointer + ": " + message.substring(0,
                    message.indexOf(':')) + "; a lossless write refuses a record the DataCite schema rejects");
        }
        note(new ConversionNote(ConversionNote.Kind.WARNING, report.id(), pointer, message, null));
    }

    /** Checks every text and attribute value for XML 1.0; returns how many values there are and adds their bytes. */
    private static int check(Report report, DataCiteElement e, long[] bytes) {
        int values = 1;
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            bytes[0] += XmlReadBackCheck.derived(report, e.name() + "/@" + a.getKey(), a.getValue(), true);
            values++;
        }
        bytes[0] += XmlReadBackCheck.derived(report, e.name(), e.rawText(), true);
        for (DataCiteElement c : e.children()) {
            values += check(report, c, bytes);
        }
        return values;
    }

    /** The field of the report that the longest text of the record comes from, with the element it is written as. */
    private static String largestValue(Report report, DataCiteElement resource) {
        DataCiteElement[] largest = {resource};
        largestElement(resource, largest);
        String text = largest[0].rawText();
        String[] best = {"", ""};
        fields(report, "", (pointer, value) -> {
            if (!value.isEmpty() && text.contains(value) && value.length() > best[1].length()) {
                best[0] = pointer;
                best[1] = value;
            }
        });
        return (best[0].isEmpty() ? "" : best[0] + ", ") + text.length() + " characters written as <"
                + largest[0].name() + ">";
    }

    private static void largestElement(DataCiteElement e, DataCiteElement[] largest) {
        if (e.rawText().length() > largest[0].rawText().length()) {
            largest[0] = e;
        }
        e.children().forEach(c -> largestElement(c, largest));
    }

    /** Calls back with the JSON Pointer and text of every string of a model value, walking records and lists. */
    private static void fields(@Nullable Object value, String pointer, BiConsumer<String, String> each) {
        if (value instanceof String text) {
            each.accept(pointer, text);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                fields(list.get(i), pointer + "/" + i, each);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    fields(c.getAccessor().invoke(record), pointer + "/" + c.getName(), each);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the component " + c.getName() + " of "
                            + record.getClass().getSimpleName(), e);
                }
            }
        }
    }

    /** The components of a report that do not come back equal. */
    static List<String> changedComponents(Report a, Report b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Report.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the component " + c.getName() + " of a report", e);
            }
        }
        return names;
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        super.prepareHeader(header);
        noteHeaderNotKept(header, "DataCite records have no catalogue header");
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", "resources", DataCiteFormat.COLLECTION_NAMESPACE);
        xml.writeDefaultNamespace(DataCiteFormat.COLLECTION_NAMESPACE);
    }

    @Override
    protected void writeReport(DataCiteElement resource) throws XMLStreamException {
        resource(resource, 1);
    }

    @Override
    protected void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    @Override
    protected void writeSingleReport(DataCiteElement resource) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        resource(resource, 0);
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void resource(DataCiteElement resource, int indent) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(indent));
        xml.writeStartElement("", "resource", DataCiteFormat.KERNEL);
        xml.writeDefaultNamespace(DataCiteFormat.KERNEL);
        xml.writeNamespace("xsi", XmlCursor.XSI);
        xml.writeAttribute("xsi", XmlCursor.XSI, "schemaLocation", DataCiteFormat.SCHEMA_LOCATION);
        children(resource, indent + 1);
        xml.writeEndElement();
    }

    private void element(DataCiteElement e, int indent) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(indent));
        xml.writeStartElement("", e.name(), DataCiteFormat.KERNEL);
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            if (a.getKey().equals("xml:lang")) {
                xml.writeAttribute("xml", XmlCursor.XML, "lang", a.getValue());
            } else {
                xml.writeAttribute(a.getKey(), a.getValue());
            }
        }
        if (e.children().isEmpty()) {
            xml.writeCharacters(e.rawText());
        } else {
            children(e, indent + 1);
        }
        xml.writeEndElement();
    }

    private void children(DataCiteElement e, int indent) throws XMLStreamException {
        for (DataCiteElement c : e.children()) {
            element(c, indent);
        }
        xml.writeCharacters("\n" + "  ".repeat(indent - 1));
    }
}
