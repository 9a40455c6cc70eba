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

/** Checks {@link UniqueReportIds}, reporting each repeated id at {@code /reports/N/id} with its first position. */
public final class UniqueReportIdsValidator implements ConstraintValidator<UniqueReportIds, Catalogue> {

    @Override
    public boolean isValid(@Nullable Catalogue catalogue, ConstraintValidatorContext context) {
        if (catalogue == null) {
            return true;
        }
        Map<ReportId, Integer> first = new HashMap<>();
        List<io.github.reportmeta.Report> reports = catalogue.reports();
        boolean valid = true;
        for (int i = 0; i < reports.size(); i++) {
            Integer earlier = first.putIfAbsent(reports.get(i).id(), i);
            if (earlier != null) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("id", reports.get(i).id().value())
                        .addMessageParameter("first", earlier)
                        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
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
