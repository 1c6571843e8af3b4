/**
 * The engine's public values: what goes in ({@link org.onrecord.model.Article}) and what comes out
 * ({@link org.onrecord.model.Extraction} with its quotes, speakers, people, organisations and
 * boilerplate). Every value is an immutable record checked when built; offsets are Unicode code
 * points. The JSON form of these records is the documented schema {@code onrecord/2}.
 */
package org.onrecord.model;
