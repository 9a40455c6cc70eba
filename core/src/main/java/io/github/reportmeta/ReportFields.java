package io.github.reportmeta;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares reports component by component, naming the components by their document field names. */
final class ReportFields {

    private static final RecordComponent[] COMPONENTS = Report.class.getRecordComponents();

    private ReportFields() {}

    /** The names of the components in which two reports differ, in declaration order. */
    static List<String> differences(Report a, Report b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) {
            if (!Objects.equals(read(c, a), read(c, b))) {
                names.add(c.getName());
            }
        }
        return List.copyOf(names);
    }

    private static Object read(RecordComponent component, Report report) {
        try {
            return component.getAccessor().invoke(report);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a report", e);
        }
    }
}
