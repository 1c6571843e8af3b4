/**
 * The engine's JSON: {@link org.onrecord.json.ExtractionJson} reads and writes the {@code onrecord/2} schema (and reads {@code onrecord/1});
 * {@link org.onrecord.json.ArticleJson} reads the corpus format (one article per JSONL line) for every front
 * end, and reports a bad line as a {@link org.onrecord.json.BadInputException}; {@link org.onrecord.json.Utf8Lines}
 * splits a corpus into lines and decodes each on its own, so a line that is not UTF-8 is one bad line.
 */
package org.onrecord.json;
