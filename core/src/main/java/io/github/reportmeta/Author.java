package io.github.reportmeta;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A person or an organisation named on a report, with what they did for it.
 *
 * @param agent who: a {@link Person} or an {@link Organization}
 * @param role what they did
 */
public record Author(@Valid Agent agent, Role role) {

    /** Checks that both parts are present. */
    public Author {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A person in a role.
     *
     * @param person the person
     * @param role the role
     * @return the author
     */
    public static Author of(Agent person, Role role) {
        return new Author(person, role);
    }

    /**
     * A person who wrote the report.
     *
     * @param name the person's name
     * @return the author
     */
    public static Author person(PersonName name) {
        return new Author(Person.of(name), Role.AUTHOR);
    }

    /**
     * A research team credited for the report.
     *
     * @param team the team
     * @return the author
     */
    public static Author researchTeam(Organization team) {
        return new Author(team, Role.RESEARCH_TEAM);
    }

    @Override
    public String toString() {
        return agent.displayName() + " (" + role.code() + ")";
    }
}
