package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * An organisation: an institute, one of its departments, or a research team, with the organisation it belongs to.
 *
 * <p>"Research Department of Innovation Development, DRC" is the department whose parent is the Development
 * Research Center of the State Council, acronym DRC.
 *
 * @param name the organisation's name
 * @param acronym its acronym, such as {@code DRC}, or {@code null}
 * @param parent the organisation it belongs to, or {@code null} for a top-level one
 * @param ror its ROR id, or {@code null}
 * @param isni its ISNI, or {@code null}
 */
public record Organization(
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = Organization.MAX_NAME) String name,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 64) String acronym,
        @Valid @Nullable Organization parent,
        @Nullable Ror ror,
        @Valid @Nullable Isni isni)
        implements Agent {

    /** The longest name, in code points, that validation accepts. */
    public static final int MAX_NAME = 1024;

    /** Checks that the name is present. */
    public Organization {
        Objects.requireNonNull(name, "name");
    }

    /**
     * An organisation with a name and nothing else.
     *
     * @param name the name
     * @return the organisation
     */
    public static Organization of(String name) {
        return new Organization(name, null, null, null, null);
    }

    /**
     * An organisation with a name and an acronym.
     *
     * @param name the name
     * @param acronym the acronym
     * @return the organisation
     */
    public static Organization of(String name, String acronym) {
        return new Organization(name, acronym, null, null, null);
    }

    /**
     * This organisation as a unit of a parent organisation.
     *
     * @param newParent the organisation it belongs to
     * @return a copy with the parent set
     */
    public Organization withParent(@Nullable Organization newParent) {
        return new Organization(name, acronym, newParent, ror, isni);
    }

    /**
     * This organisation with registry identifiers.
     *
     * @param newRor the ROR id, or {@code null}
     * @param newIsni the ISNI, or {@code null}
     * @return a copy with both set
     */
    public Organization withIdentifiers(@Nullable Ror newRor, @Nullable Isni newIsni) {
        return new Organization(name, acronym, parent, newRor, newIsni);
    }

    /**
     * The chain from the top-level organisation down to this one, largest first.
     *
     * @return the organisations, this one last
     */
    public List<Organization> hierarchy() {
        List<Organization> chain = new ArrayList<>();
        for (Organization o = this; o != null; o = o.parent) {
            chain.add(o);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    @Override
    public String displayName() {
        return name;
    }

    /** The name, followed by its parent's acronym or name: "Research Department of Innovation Development, DRC". */
    @Override
    public String toString() {
        if (parent == null) {
            return name;
        }
        return name + ", " + (parent.acronym != null ? parent.acronym : parent.name);
    }
}
