/**
 * The engine's vocabulary, held as data: verbs with their forms and flags, word classes, object
 * cues, read from the files under {@code resources/org/onrecord/lexicon/} (each says where its
 * entries come from). It sits just above {@code text}: it reads its files through
 * {@link org.onrecord.text.ResourceLines}, and {@link org.onrecord.text.Tokens} has every token
 * annotated with its {@link org.onrecord.lexicon.Entry} when it is built, so the later stages ask
 * {@code token.is(Word.ROLE)} instead of lower-casing and probing a set.
 *
 * <p>{@link org.onrecord.lexicon.Lexicon#standard()} is loaded once per JVM;
 * {@link org.onrecord.lexicon.Lexicon#read} builds another for a test or an experiment.
 */
package org.onrecord.lexicon;
