package org.onrecord.attribution;

import org.onrecord.text.Span;

/**
 * A cue and what it tells: its source and, where there is one, its addressee.
 *
 * @param cue the cue word or phrase
 * @param source who it attributes the words to, or null where the article names no one
 *     ("Trump is expected to win")
 * @param addressee to whom ("The National" in "told The National"), or null
 */
public record CueMatch(Span cue, Source source, Span addressee) {}
