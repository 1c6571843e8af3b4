package org.onrecord.store;

/** How much the store holds. */
public record StoreStats(long articles, long quotes, long people) {}
