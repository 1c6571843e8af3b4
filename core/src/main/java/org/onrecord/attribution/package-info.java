/**
 * Fourth stage: who said each quotation. Each {@link org.onrecord.attribution.Rule} and each
 * {@link org.onrecord.attribution.Shape} of reported speech is a constant carrying its data and its
 * reader; readers only propose. {@code RuleRunner} walks them in order, the first proposal wins and is
 * recorded with its rule, shape and evidence, later rules only fill what earlier ones left open (the
 * sieve idea of CoreNLP's quote attribution, on typed values), and it settles reported clauses against
 * quotations in one place. An {@link org.onrecord.attribution.Ablation} switches rules or shapes off
 * for experiments. {@link org.onrecord.attribution.Attributor} holds the rules' readers. Readers are layered: {@code TokenView} knows what a
 * token is, {@code SourceReader} reads the noun phrases that give a source (ordering the readings of
 * {@code Appositives}, {@code Adjuncts} and {@code Complements}), {@code CueReader} the
 * cue patterns around a quotation; {@code ReportedSpeech} finds clauses reported without quotation
 * marks; and {@code SpeakerResolver} resolves a source mention to a person: a pronoun to the subject
 * of the narrative before it ({@code PronounReader}, over {@code NarrativeSubjects}, which walks past
 * quoted sentences and the {@code Asides}: photo captions, headings, that the inheriting rules pass
 * over as well), a description to the person or body it names again ({@code DescriptionReader},
 * {@code BodyReader}, {@code LeadReader} for the headline and lead), a document to its author
 * ({@code AuthorReader}).
 */
package org.onrecord.attribution;
