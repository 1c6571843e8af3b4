package org.onrecord.store.provenance;

import java.util.List;
import org.onrecord.store.ArticleRef;

/**
 * One quotation as it travelled: where it first appeared, every occurrence in order, and how each
 * occurrence's words differ from the earliest's.
 *
 * @param firstDay the earliest occurrence's publication day, or null when no occurrence is dated
 * @param undated true when no occurrence is dated: the earliest is then the first indexed
 * @param outlets the outlets that carried it, in order of first appearance
 * @param occurrenceCount every occurrence; {@code occurrences} holds the first {@link ClusterReader#MAX_OCCURRENCES}
 * @param occurrences earliest first: by publication day, undated last, then in indexing order
 */
public record ClusterView(long id, long firstQuoteId, String firstDay, boolean undated, String speaker, String text,
        int articleCount, int outletCount, List<String> outlets, int occurrenceCount, int variantCount,
        boolean speakersDiffer, List<Occurrence> occurrences) {
    public ClusterView {
        outlets = List.copyOf(outlets);
        occurrences = List.copyOf(occurrences);
    }

    /**
     * One quote as an occurrence of the cluster.
     *
     * @param first whether it is the earliest occurrence, the one the others are compared with
     * @param variant the kinds of change from the earliest's words, most serious first; empty when none
     * @param changes the changes, in the order of the words (normalised words: lower case, no punctuation)
     * @param otherSpeaker whether it gives the words to another speaker than the earliest does
     */
    public record Occurrence(long quoteId, String type, String text, String speaker, Long personId, String publishedDay,
            ArticleRef article, boolean first, List<String> variant, List<Change> changes, boolean otherSpeaker) {
        public Occurrence {
            variant = List.copyOf(variant);
            changes = List.copyOf(changes);
        }
    }

    /** Words of the earliest occurrence replaced by others: either may be empty (an insertion, a removal). */
    public record Change(String removed, String added) {}
}
