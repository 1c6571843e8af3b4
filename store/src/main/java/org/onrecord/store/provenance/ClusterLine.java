package org.onrecord.store.provenance;

/**
 * One cluster as a line of a listing: where the quotation first appeared, how far it went, and whether
 * its wording changed on the way.
 *
 * @param firstDay the earliest occurrence's publication day, or null when no occurrence is dated
 *     (the earliest is then the first indexed)
 * @param outlets the outlets that carried it, in order of first appearance, comma-separated
 * @param variants occurrences whose words differ from the earliest beyond truncation, elision and brackets
 * @param speakersDiffer whether some occurrence gives the words to another speaker than the earliest
 */
public record ClusterLine(long id, String firstDay, String speaker, String text, int articles, int outletCount,
        String outlets, int occurrences, int variants, boolean speakersDiffer) {}
