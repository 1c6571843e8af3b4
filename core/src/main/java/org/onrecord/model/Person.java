package org.onrecord.model;

import java.util.List;
import java.util.Objects;

/**
 * A person the article names.
 *
 * @param id stable within one extraction ("p1", "p2", … in order of first mention)
 * @param name the fullest form of the name the article gives
 * @param aliases other forms used ("Starmer" for "Keir Starmer")
 * @param roles roles the article gives ("general secretary")
 * @param organisations organisations the article ties the person to
 * @param gender from pronouns, titles or first name; {@link Gender#UNKNOWN} when nothing tells
 */
public record Person(
        String id,
        String name,
        List<String> aliases,
        List<String> roles,
        List<String> organisations,
        Gender gender) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        organisations = List.copyOf(organisations);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }
}
