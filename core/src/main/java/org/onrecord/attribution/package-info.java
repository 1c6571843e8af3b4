/**
 * Fourth stage: who said each quotation. {@link org.onrecord.attribution.Attributor} runs the
 * ordered {@link org.onrecord.attribution.Rule}s over each quotation; the first that decides wins and
 * is recorded with its evidence, later rules only fill what earlier ones left open (the sieve idea of
 * CoreNLP's quote attribution, on typed values). Cue phrases are read by
 * {@link org.onrecord.attribution.CueReader}, and the source mention they yield is resolved to a
 * person by {@link org.onrecord.attribution.SpeakerResolver}.
 */
package org.onrecord.attribution;
