package io.github.reportmeta.json;

import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.testing.LosslessFormatContract;

/** The {@code json} format against the rules every format obeys. */
class JsonFormatContractTest implements LosslessFormatContract {

    @Override
    public ReportFormat format() {
        return new JsonFormat();
    }

    /** A publisher nested deeper than the JSON reader's depth limit. */
    @Override
    public Report refusedReport() {
        return Report.builder("too-deep").publisher(nested(70)).build();
    }

    static Organization nested(int levels) {
        Organization o = Organization.of("level 1");
        for (int i = 2; i <= levels; i++) {
            o = Organization.of("level " + i).withParent(o);
        }
        return o;
    }
}
