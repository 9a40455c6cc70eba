package io.github.reportmeta.registry.crossref;

import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.OutputStream;
import java.util.List;

/**
 * The format {@code crossref}: a Crossref deposit document (schema 5.3.1), a {@code doi_batch} with one
 * {@code report-paper} per report, written only. The depositor and registrant come from the write options'
 * settings ({@link #DEPOSITOR_NAME}, {@link #DEPOSITOR_EMAIL}, {@link #REGISTRANT}); a report without a DOI, a
 * landing page, a title or a publication date is refused, and every component Crossref cannot hold is a loss in
 * the conversion report. The mapping is in {@code docs/formats/registries.md}.
 */
public final class CrossrefFormat extends AbstractReportFormat {

    /** The namespace of the deposit schema 5.3.1. */
    public static final String NAMESPACE = "http://www.crossref.org/schema/5.3.1";

    /** The namespace of the JATS abstract. */
    public static final String JATS = "http://www.ncbi.nlm.nih.gov/JATS1";

    /** The {@code xsi:schemaLocation} of the deposit schema. */
    public static final String SCHEMA_LOCATION = NAMESPACE + " https://www.crossref.org/schemas/crossref5.3.1.xsd";

    /** The setting of the depositor's name ({@code head/depositor/depositor_name}); required. */
    public static final String DEPOSITOR_NAME = "crossref.depositor.name";

    /** The setting of the depositor's e-mail address ({@code head/depositor/email_address}); required. */
    public static final String DEPOSITOR_EMAIL = "crossref.depositor.email";

    /** The setting of the organisation that owns the records ({@code head/registrant}); required. */
    public static final String REGISTRANT = "crossref.registrant";

    /** The setting of the batch's id ({@code head/doi_batch_id}); {@code reportmeta-} and the timestamp by default. */
    public static final String BATCH_ID = "crossref.batch-id";

    /** The setting of the batch's timestamp ({@code head/timestamp}); the time of writing by default. */
    public static final String TIMESTAMP = "crossref.timestamp";

    /** Every setting of the format, required ones first. */
    public static final List<String> SETTINGS = List.of(DEPOSITOR_NAME, DEPOSITOR_EMAIL, REGISTRANT, BATCH_ID, TIMESTAMP);

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public CrossrefFormat() {
        super(FormatDescriptor.writeOnly("crossref",
                "Crossref deposit (schema 5.3.1): report-paper records with their DOIs; needs --set crossref.depositor.*",
                "application/vnd.crossref.deposit+xml", "crossref.xml"));
    }

    /**
     * Opens a writer; the settings are checked first.
     *
     * @throws IllegalArgumentException if a required setting is missing, or a setting is unknown or out of range
     */
    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        CrossrefHead head = CrossrefHead.of(options);
        return new CrossrefWriter(out, options, head);
    }
}
