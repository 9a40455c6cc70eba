package io.github.reportmeta.text;

import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.ReaderContract;
import java.nio.charset.StandardCharsets;

/** The {@code listing} format against the rules every format obeys; it is read only. */
class ListingFormatContractTest implements ReaderContract {

    @Override
    public ReportFormat format() {
        return new ListingFormat();
    }

    /** A page of two reports, as the seed's site lists them. */
    @Override
    public byte[] document() {
        return Listings.resource("/fixtures/listing/two-reports.txt").getBytes(StandardCharsets.UTF_8);
    }

    /** Any prefix of a listing page is a page, so the page is broken by a byte that is not UTF-8 half-way. */
    @Override
    public byte[] malformedDocument() {
        byte[] page = document();
        page[page.length / 2] = (byte) 0xFF;
        return page;
    }
}
