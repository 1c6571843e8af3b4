/**
 * Third stage: people and organisations from the article's own evidence. Capitalised names, titles
 * ("Mr", "Former shadow chancellor"), appositives ("Sharon Graham, the general secretary of Unite the
 * Union"), dashes and brackets, acronyms in brackets and first names (for gender) make the
 * {@link org.onrecord.entity.Entities} that the attribution stage resolves mentions against.
 */
package org.onrecord.entity;
