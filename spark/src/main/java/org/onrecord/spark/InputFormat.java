package org.onrecord.spark;

import java.util.Locale;

/** What the job reads. */
enum InputFormat {
    JSONL, PARQUET, WARC;

    /** The format a path's name tells, or null when it does not (a directory, a glob without extension). */
    static InputFormat byName(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")
                || p.endsWith(".jsonl.gz") || p.endsWith(".ndjson.gz")) {
            return JSONL;
        }
        if (p.endsWith(".parquet")) {
            return PARQUET;
        }
        if (p.endsWith(".warc") || p.endsWith(".warc.gz")) {
            return WARC;
        }
        return null;
    }
}
