package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;

import java.util.List;
import org.onrecord.entity.Entities;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/**
 * What every reader of a speaker mention reads ({@link PronounReader}, {@link DescriptionReader},
 * {@link BodyReader}, {@link AuthorReader}, {@link NamesInside}): the document, its tokens and
 * entities, the narrative's subjects and the phrase readers, one set per article.
 */
abstract class SpeakerReader {
    /** The parts, built once by {@link SpeakerResolver} and handed to each reader. */
    record Parts(Segmented doc, Tokens tokens, Entities entities, NarrativeSubjects subjects, SourceReader reader,
            Phrases phrases) {}

    final Segmented doc;
    final Tokens tokens;
    final Entities entities;
    final NarrativeSubjects subjects;
    final SourceReader reader;
    final Phrases phrases;

    SpeakerReader(Parts parts) {
        this.doc = parts.doc();
        this.tokens = parts.tokens();
        this.entities = parts.entities();
        this.subjects = parts.subjects();
        this.reader = parts.reader();
        this.phrases = parts.phrases();
    }

    /**
     * The one organisation named within reach before {@code at} that a description of {@code words}
     * ("the union", "the farmers") names again, or null ({@link Entities#organisationDescribed}).
     */
    String organisationDescribed(int at, List<String> words) {
        return entities.organisationDescribed(at, Math.max(0, at - REACH), subjects.sentencesBefore(at, 1), words);
    }
}
