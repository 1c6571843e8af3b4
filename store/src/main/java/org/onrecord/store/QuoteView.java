package org.onrecord.store;

/**
 * A stored quotation as readers see it. Offsets are Unicode code points into the article text.
 *
 * @param personId the merged person who said it, or null for a source that is not a named person
 * @param mentionStart where the words that attribute the quote start, or null when attribution was inherited
 * @param addresseePersonId the person it was said to, when the article names them, or null
 * @param modality {@code negated} ("did not say") or {@code hedged} ("reportedly said") when the words before
 *     the cue change what it means, else null; null too for quotes stored before the store kept it (version 1)
 * @param act for a reported quote, what it reports: {@code speech}, {@code thought} or {@code finding}; else null
 * @param target for a stance, what it is towards; else null
 * @param polarity for a stance, {@code support}, {@code oppose} or {@code neutral}; else null
 */
public record QuoteView(
        long id,
        long articleId,
        int start,
        int end,
        String text,
        String type,
        String speaker,
        Long personId,
        String role,
        String organisation,
        Integer mentionStart,
        Integer mentionEnd,
        String cue,
        String addressee,
        Long addresseePersonId,
        double confidence,
        String rule,
        String evidence,
        String modality,
        String act,
        String target,
        String polarity) {}
