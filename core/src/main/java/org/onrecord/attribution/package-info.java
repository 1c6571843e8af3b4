/**
 * Fourth stage: who said each quotation. {@link org.onrecord.attribution.Attributor} runs the
 * ordered {@link org.onrecord.attribution.Rule}s over each quotation; the first that decides wins and
 * is recorded with its evidence, later rules only fill what earlier ones left open (the sieve idea of
 * CoreNLP's quote attribution, on typed values). Readers are layered: {@code TokenView} knows what a
 * token is, {@code SourceReader} reads the noun phrases that give a source, {@code CueReader} the
 * cue patterns around a quotation; {@code ReportedSpeech} finds clauses reported without quotation
 * marks; and {@code SpeakerResolver} resolves a source mention to a person.
 */
package org.onrecord.attribution;
