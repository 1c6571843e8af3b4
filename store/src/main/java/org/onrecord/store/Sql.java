package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** JDBC chores shared by the store: transactions, bound statements and nullable columns. */
final class Sql {
    private Sql() {}

    /** Work done inside a transaction. */
    interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed or, on failure, none of it. */
    static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            // SQLite may have rolled back already (a full disk does): then rolling back, and leaving
            // the transaction, fail too, and must not hide the failure that matters.
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                c.setAutoCommit(true);
            } catch (SQLException end) {
                e.addSuppressed(end);
            }
            throw e;
        }
        c.setAutoCommit(true);
    }

    static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
