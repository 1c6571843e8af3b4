package org.onrecord.entity;

/**
 * A role as the article gives it: "general secretary" of "Unite the Union".
 *
 * @param title the role without its organisation, or null when only an organisation is given
 * @param organisation the organisation, or null
 */
public record Role(String title, String organisation) {}
