/** The engine's JSON: {@link org.onrecord.json.ExtractionJson} reads and writes the {@code onrecord/1} schema. */
package org.onrecord.json;
