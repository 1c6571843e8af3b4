package org.onrecord.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/**
 * What a SQLite failure means to the person running the command, in a few words: "disk full", not
 * "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)". Decided by
 * the result code, whose primary part (the low byte) names the kind of failure whatever the detail.
 */
final class SqliteErrors {
    private SqliteErrors() {}

    /** A short reason for {@code e}; SQLite's own message for the failures that have none here. */
    static String describe(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "disk full";
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "input/output error (the disk or file system failed; is it full or gone?)";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "read-only (no permission to write the file or its folder, or a read-only file system)";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "cannot open the file (no permission, a folder in the way, or no such folder)";
        }
        if (code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_AUTH.code) {
            return "permission denied";
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "not a SQLite file";
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "the file is damaged (run sqlite3 FILE 'PRAGMA integrity_check')";
        }
        return e.getMessage();
    }
}
