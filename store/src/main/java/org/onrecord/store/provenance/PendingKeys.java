package org.onrecord.store.provenance;

import java.util.Arrays;

/**
 * The keys of the quotes written in the open transaction and not yet inserted into {@code quote_keys}, with their quote
 * ids ({@link Provenance#flush}): open addressing on {@code long}s, each key's ids a chain of entries. A batch of 500
 * real articles holds some 50,000 keys; as a {@code HashMap<Long, …>} with an object a key, adding, looking up and
 * flushing them was a sixth of clustering's Java time on the writer (session 14).
 */
final class PendingKeys {
    private static final long EMPTY = 0;
    /** An entry's id once its quote is deleted in the transaction (quote ids are positive). */
    private static final long REMOVED = -1;

    /** Each slot's key, and its first entry plus one (0: an empty slot). */
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    /** The entries: a quote id, and the next entry of the same key plus one (0: the last). */
    private long[] ids = new long[1 << 12];
    private int[] next = new int[1 << 12];
    private int entries;
    private int used;
    /** Entries not removed. */
    private int live;

    void add(long key, long id) {
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int slot = slot(key);
        if (heads[slot] == 0) {
            keys[slot] = key;
            used++;
        }
        if (entries == ids.length) {
            ids = Arrays.copyOf(ids, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        ids[entries] = id;
        next[entries] = heads[slot];
        heads[slot] = ++entries;
        live++;
    }

    /** This key's ids, ascending; empty when none is left. */
    long[] sorted(long key) {
        int slot = slot(key);
        int n = 0;
        for (int e = heads[slot]; e != 0; e = next[e - 1]) {
            n += ids[e - 1] == REMOVED ? 0 : 1;
        }
        long[] out = new long[n];
        n = 0;
        for (int e = heads[slot]; e != 0; e = next[e - 1]) {
            if (ids[e - 1] != REMOVED) {
                out[n++] = ids[e - 1];
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Whether some quote written in the transaction holds the key. */
    boolean holds(long key) {
        for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) {
            if (ids[e - 1] != REMOVED) {
                return true;
            }
        }
        return false;
    }

    /** Removes the quote from under the key; false when it is not there (inserted already, or never held it). */
    boolean remove(long key, long id) {
        for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) {
            if (ids[e - 1] == id) {
                ids[e - 1] = REMOVED;
                live--;
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return live == 0;
    }

    /** The keys some quote still holds, ascending. */
    long[] keys() {
        long[] out = new long[used];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (heads[slot] != 0 && holds(keys[slot])) {
                out[n++] = keys[slot];
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    void clear() {
        if (used > 0 || entries > 0) {
            Arrays.fill(heads, 0);
            Arrays.fill(keys, EMPTY);
        }
        entries = 0;
        used = 0;
        live = 0;
    }

    /** The key's slot: its own, or the empty one where it would go (linear probing; keys are already well mixed). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (heads[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
