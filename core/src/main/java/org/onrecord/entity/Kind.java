package org.onrecord.entity;

/** What a name candidate is taken to be, decided from its evidence alone (see {@link Kinds}). */
enum Kind {
    /** A full name with evidence of a person: it makes a person. */
    PERSON,
    /**
     * A full name that becomes a person only because its surname later speaks or is titled;
     * kept apart from PERSON because such people are numbered after the evidenced ones.
     */
    PERSON_BY_SURNAME,
    /** One word that speaks or is titled: joins a person, or makes one. */
    SINGLE_PERSON,
    /** One word with no evidence: joins a person if one has that name. */
    SINGLE,
    /** No person of its own; may still hold a known full name ("Sarwar’s Scottish Labour"). */
    OTHER,
    ORGANISATION
}
