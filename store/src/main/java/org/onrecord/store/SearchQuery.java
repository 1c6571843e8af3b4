package org.onrecord.store;

import java.time.LocalDate;
import org.onrecord.model.QuoteType;

/**
 * A search over stored quotes. Every field but the page is optional (null); with no text the results
 * come newest first, with text best match first.
 *
 * @param text full-text query over quote text, speaker names and organisations (SQLite FTS5 syntax:
 *     words, "phrases", AND, OR, NOT, prefix*), within the limits of {@code SearchLimits}: at most 1,000
 *     characters and 32 words, at most 4 prefix terms, each with at least 2 letters before the {@code *}
 * @param speaker words that must all be in the speaker's name ("Starmer" finds Keir Starmer)
 * @param organisation words that must all be in the speaker's organisation
 * @param outlet the outlet, exactly, ignoring case
 * @param from first publication day included
 * @param to last publication day included
 * @param type only quotes of this type; null for speech (direct, mixed and indirect), stances left out
 * @param personId only quotes by this stored person
 * @param page 1 for the first page
 * @param size results a page, 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(
        String text,
        String speaker,
        String organisation,
        String outlet,
        LocalDate from,
        LocalDate to,
        QuoteType type,
        Long personId,
        int page,
        int size) {
    public static final int MAX_SIZE = 100;
    /** Deep pages cost a scan of everything before them; nobody reads past this. */
    public static final int MAX_PAGE = 500;
    /** The most results an export gives: as many as paging through a search can reach. */
    public static final int MAX_EXPORT = MAX_PAGE * MAX_SIZE;

    public SearchQuery {
        text = blankToNull(text);
        speaker = blankToNull(speaker);
        organisation = blankToNull(organisation);
        outlet = blankToNull(outlet);
        SearchLimits.checkText(text);
        SearchLimits.checkFilter("speaker", speaker);
        SearchLimits.checkFilter("organisation", organisation);
        if (page < 1 || page > MAX_PAGE) {
            throw new BadQueryException("page must be from 1 to " + MAX_PAGE + ", not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadQueryException("page size must be from 1 to " + MAX_SIZE + ", not " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("the from date " + from + " is after the to date " + to);
        }
    }

    /** Everything, newest first, 20 a page. */
    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, null, null, null, 1, 20);
    }

    public SearchQuery withText(String value) {
        return new SearchQuery(value, speaker, organisation, outlet, from, to, type, personId, page, size);
    }

    public SearchQuery withSpeaker(String value) {
        return new SearchQuery(text, value, organisation, outlet, from, to, type, personId, page, size);
    }

    public SearchQuery withOrganisation(String value) {
        return new SearchQuery(text, speaker, value, outlet, from, to, type, personId, page, size);
    }

    public SearchQuery withOutlet(String value) {
        return new SearchQuery(text, speaker, organisation, value, from, to, type, personId, page, size);
    }

    public SearchQuery withDates(LocalDate first, LocalDate last) {
        return new SearchQuery(text, speaker, organisation, outlet, first, last, type, personId, page, size);
    }

    public SearchQuery withType(QuoteType value) {
        return new SearchQuery(text, speaker, organisation, outlet, from, to, value, personId, page, size);
    }

    public SearchQuery withPerson(Long value) {
        return new SearchQuery(text, speaker, organisation, outlet, from, to, type, value, page, size);
    }

    public SearchQuery withPage(int number, int pageSize) {
        return new SearchQuery(text, speaker, organisation, outlet, from, to, type, personId, number, pageSize);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
