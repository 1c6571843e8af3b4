package org.onrecord.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Records of one input file, read one ahead: a reader says how to read the next record, and when its
 * input has ended ({@link #finish()}), after which it is not asked again.
 */
abstract class RecordIterator implements Iterator<SourceRecord> {
    private SourceRecord next;
    private boolean done;

    /** The next record, or null once the input has ended. */
    abstract SourceRecord read();

    /** The input has ended: no more reads. */
    final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }
}
