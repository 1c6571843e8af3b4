package org.onrecord.entity;

import java.util.List;
import org.onrecord.model.Gender;

/** A person as the whole article describes them: fullest name, other names, roles, organisations. */
public record PersonEntity(
        int index, String name, List<String> aliases, List<Role> roles, Gender gender) {
    public PersonEntity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** The first role the article gives, or null. */
    public Role role() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
