/**
 * The onrecord engine. {@link org.onrecord.Engine} is the whole public entry point: an article in,
 * an {@link org.onrecord.model.Extraction} out. The pipeline runs in one direction through one
 * package per stage — {@code text} (HTML, paragraphs, boilerplate, tokens), {@code quote}
 * (quotation marks), {@code entity} (people and organisations), {@code attribution} (who said it)
 * — each taking the previous stage's immutable values; their types are public only so the stages
 * can see each other and are not part of the API.
 */
package org.onrecord;
