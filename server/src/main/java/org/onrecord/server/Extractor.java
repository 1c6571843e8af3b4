package org.onrecord.server;

import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/** What the server asks of the engine: {@code Engine::extract}, or a stand-in that shows how slowness is handled. */
@FunctionalInterface
interface Extractor {
    Extraction extract(Article article);
}
