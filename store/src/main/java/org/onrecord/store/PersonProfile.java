package org.onrecord.store;

import java.util.List;

/**
 * Everything the store knows of one person, gathered from every article that names them.
 *
 * @param aliases other forms of the name the articles use
 * @param roles roles seen, most often first, with the number of articles giving each
 * @param quotesByMonth quotes a month ("2022-06"), oldest first; quotes from undated articles are left out
 * @param addresses who their quotes were said to
 * @param addressedBy who said things to them
 */
public record PersonProfile(
        long id,
        String name,
        List<String> aliases,
        List<Count> roles,
        List<Count> organisations,
        long quoteCount,
        long articleCount,
        List<Count> quotesByMonth,
        List<Link> addresses,
        List<Link> addressedBy) {
    public PersonProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        organisations = List.copyOf(organisations);
        quotesByMonth = List.copyOf(quotesByMonth);
        addresses = List.copyOf(addresses);
        addressedBy = List.copyOf(addressedBy);
    }

    /** A value and how often it was seen. */
    public record Count(String value, long count) {}

    /** Another party to this person's quotes: a stored person (with an id) or a name as written. */
    public record Link(Long personId, String name, long count) {}
}
