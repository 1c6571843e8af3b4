package org.onrecord.store.provenance;

/** How far the quotation a quote belongs to went: for a badge beside a search result. */
public record ClusterSpread(long clusterId, int articleCount, int outletCount, int variantCount) {}
