package io.github.reportmeta.validation.internal;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.validation.UniqueReportIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link UniqueReportIds}, reporting each repeated id at {@code /reports/N/id} with its first position; ids
 * are compared by their {@link LookAlikeKey}, and a repeat written differently is reported as a look-alike that
 * names both ids.
 */
public final class UniqueReportIdsValidator implements ConstraintValidator<UniqueReportIds, Catalogue> {

    /** The message of a repeat that is written differently from the id it repeats. */
    public static final String LOOK_ALIKE = "{io.github.reportmeta.validation.UniqueReportIds.lookAlike}";

    @Override
    public boolean isValid(@Nullable Catalogue catalogue, ConstraintValidatorContext context) {
        if (catalogue == null) {
            return true;
        }
        // Keyed by text, which is Comparable: a bin of colliding hashes becomes a tree searched in log time.
        Map<String, Integer> first = new HashMap<>();
        List<io.github.reportmeta.Report> reports = catalogue.reports();
        boolean valid = true;
        for (int i = 0; i < reports.size(); i++) {
            ReportId id = reports.get(i).id();
            Integer earlier = first.putIfAbsent(LookAlikeKey.of(id.value()), i);
            if (earlier != null) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                String other = reports.get(earlier).id().value();
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("id", QuotedText.of(id.value()))
                        .addMessageParameter("other", QuotedText.of(other))
                        .addMessageParameter("first", earlier)
                        .buildConstraintViolationWithTemplate(
                                other.equals(id.value()) ? context.getDefaultConstraintMessageTemplate() : LOOK_ALIKE)
                        .addPropertyNode("reports")
                        .addPropertyNode("id")
                        .inIterable()
                        .atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
