/**
 * First stage: from raw input to a segmented text. HTML becomes plain text (jsoup), the text is cut
 * into paragraphs and sentences, and boilerplate paragraphs are marked. Nothing here rewrites the
 * text: every span is a UTF-16 index range into the exact string that later stages read, so offsets
 * always point at the source.
 *
 * <p>Types here are shared by the later stages of the core module; they are not part of the
 * engine's public API, which lives in {@code org.onrecord} and {@code org.onrecord.model}.
 */
package org.onrecord.text;
