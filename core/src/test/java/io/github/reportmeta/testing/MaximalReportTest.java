package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Agent;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Report;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The maximal report fills every component of every record of the model, so that a codec whose writer or reader
 * forgets a field fails its round trip of the maximal report. A field added to the model and not to
 * {@link RandomReports#maximalReport()} fails here first.
 */
class MaximalReportTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void fillsEveryComponentOfEveryRecordOfTheModel(long seed) {
        Report maximal = RandomReports.withSeed(seed).maximalReport();
        Set<String> filled = new TreeSet<>();
        visit(maximal, Report.class.getSimpleName(), filled);

        Set<String> all = new TreeSet<>();
        declared(Report.class, all, new TreeSet<>());
        all.removeAll(filled);
        assertThat(all).as("components the maximal report of seed %d leaves empty", seed).isEmpty();
    }

    @Test
    void holdsEverySubtypeOfTheSealedTypes() {
        Report maximal = RandomReports.withSeed(1).maximalReport();
        Set<Class<?>> seen = new java.util.HashSet<>();
        collectClasses(maximal, seen);
        for (Class<?> sealed : List.of(Agent.class, Identifier.class)) {
            for (Class<?> sub : sealed.getPermittedSubclasses()) {
                assertThat(seen).as("a %s in the maximal report", sub.getSimpleName()).contains(sub);
            }
        }
    }

    /** Records every component of every record class reachable from a record class, as Type.component. */
    private static void declared(Class<?> type, Set<String> out, Set<String> done) {
        if (!done.add(type.getName())) {
            return;
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                declared(sub, out, done);
            }
            return;
        }
        if (!type.isRecord() || !type.getPackageName().equals(Report.class.getPackageName())) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            out.add(type.getSimpleName() + "." + c.getName());
            declared(c.getType(), out, done);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) {
                        declared(k, out, done);
                    }
                }
            }
        }
    }

    private static void visit(Object value, String type, Set<String> filled) {
        if (!value.getClass().isRecord() || !value.getClass().getPackageName().equals(Report.class.getPackageName())) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = read(c, value);
            if (v == null || (v instanceof Collection<?> list && list.isEmpty())) {
                continue;
            }
            filled.add(value.getClass().getSimpleName() + "." + c.getName());
            for (Object element : v instanceof Collection<?> list ? new ArrayList<>(list) : List.of(v)) {
                visit(element, type, filled);
            }
        }
    }

    private static void collectClasses(Object value, Set<Class<?>> seen) {
        seen.add(value.getClass());
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = read(c, value);
            if (v instanceof Collection<?> list) {
                list.forEach(e -> collectClasses(e, seen));
            } else if (v != null) {
                collectClasses(v, seen);
            }
        }
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
