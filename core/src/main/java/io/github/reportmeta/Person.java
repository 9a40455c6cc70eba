package io.github.reportmeta;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who authors or contributes to reports.
 *
 * @param name the person's name
 * @param orcid the person's ORCID iD, or {@code null}
 * @param affiliations the organisations the person belongs to for this report, in the order given
 */
public record Person(@Valid PersonName name, @Valid @Nullable Orcid orcid, List<@Valid Organization> affiliations)
        implements Agent {

    /** Checks that the name is present and copies the affiliations. */
    public Person {
        Objects.requireNonNull(name, "name");
        affiliations = List.copyOf(affiliations);
    }

    /**
     * A person with a name and nothing else.
     *
     * @param name the name
     * @return the person
     */
    public static Person of(PersonName name) {
        return new Person(name, null, List.of());
    }

    /**
     * This person with an ORCID iD.
     *
     * @param newOrcid the iD, or {@code null} to remove it
     * @return a copy with the iD set
     */
    public Person withOrcid(@Nullable Orcid newOrcid) {
        return new Person(name, newOrcid, affiliations);
    }

    /**
     * This person with affiliations.
     *
     * @param newAffiliations the organisations, in order
     * @return a copy with the affiliations replaced
     */
    public Person withAffiliations(List<Organization> newAffiliations) {
        return new Person(name, orcid, newAffiliations);
    }

    @Override
    public String displayName() {
        return name.displayName();
    }
}
