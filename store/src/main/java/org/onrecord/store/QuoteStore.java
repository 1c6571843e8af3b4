package org.onrecord.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onrecord.store.provenance.ClusterLine;
import org.onrecord.store.provenance.ClusterReader;
import org.onrecord.store.provenance.ClusterSpread;
import org.onrecord.store.provenance.ClusterView;
import org.onrecord.store.provenance.Clusters;
import org.sqlite.SQLiteConfig;

/**
 * The record: articles, people and quotes in one SQLite file, with a full-text index over quote text,
 * speakers and organisations. Schema in docs/STORE.md; the file opens in any SQLite tool.
 *
 * <p>One connection writes, under this object's lock, one transaction a batch. Reads borrow one of a
 * few read-only connections, so searches run side by side (SQLite's WAL mode lets them read while a
 * batch is written). Every read has a time limit ({@link #QUERY_TIME_LIMIT}): past it, or when no
 * connection is free within it, it fails with {@link StoreBusyException}. A store opened with
 * {@link #openReadOnly} has no writer at all. Safe for any number of threads.
 */
public final class QuoteStore implements AutoCloseable {
    /** The longest a read may wait for a connection, and then the longest it may run. */
    public static final Duration QUERY_TIME_LIMIT = Duration.ofSeconds(5);

    private final Path file;
    private final Connection writer;
    private final ArticleWriter articles;
    private final ReaderPool readers;
    private final Duration queryLimit;
    private volatile boolean closed;

    private QuoteStore(Path file, Connection writer, ReaderPool readers, Duration queryLimit) throws SQLException {
        this(file, writer, readers, queryLimit, true);
    }

    private QuoteStore(Path file, Connection writer, ReaderPool readers, Duration queryLimit, boolean clusters)
            throws SQLException {
        this.file = file;
        this.writer = writer;
        this.articles = writer == null ? null : new ArticleWriter(writer, clusters);
        this.readers = readers;
        this.queryLimit = queryLimit;
    }

    /** Opens the store in this file, creating the file and its tables when it does not exist. */
    public static QuoteStore openOrCreate(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(file + ": no such folder " + dir);
        }
        return open(file);
    }

    /**
     * Creates a store that keeps no clusters of quotations, for load tests of search only
     * ({@code bench-store --no-clusters}): on the benchmark's made-up news, whose small vocabulary makes
     * every quote a near-copy of thousands of others, {@code bench-store} had stored only 20,746 of its
     * 100,000 quotes after 20 minutes, nearly all of it in clustering; since clustering an occurrence costs bounded
     * work it is linear, but still about four times the store's other writes on that news (docs/PROVENANCE.md,
     * "One more occurrence"). Its clusters are empty, so it is not
     * a store to serve anyone.
     */
    public static QuoteStore createWithoutClusters(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(file + ": already exists; a store without clusters must be new");
        }
        return open(file, 0, false);
    }

    /** Opens a store that must already exist. */
    public static QuoteStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (make one with onrecord index)");
        }
        return open(file);
    }

    /**
     * Opens a store that must already exist for reading only: search, serve and export. Nothing is written
     * to it and, where its folder is not writable, nothing is created beside it (see {@code ReadOnlyAccess}),
     * so stores on read-only mounts, in archives and in other users' folders can be read. {@link #put}
     * fails on such a store.
     */
    public static QuoteStore openReadOnly(Path file) {
        return openReadOnly(file, QUERY_TIME_LIMIT);
    }

    static QuoteStore openReadOnly(Path file, Duration queryLimit) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (make one with onrecord index)");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(file + ": cannot open the store: permission denied (it is not readable)");
        }
        ReaderPool readers = new ReaderPool(ReadOnlyAccess.of(file).url(), readerCount());
        try {
            readers.with(c -> {
                Schema.check(c, file.toString());
                return null;
            });
            return new QuoteStore(file, null, readers, queryLimit);
        } catch (SQLException e) {
            readers.close();
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            readers.close();
            throw e;
        }
    }

    private static int readerCount() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    private static QuoteStore open(Path file) {
        return open(file, 0);
    }

    /**
     * A store whose file may not grow past {@code maxPages} pages (0: no limit), so that a test can
     * fill it as a full disk would: SQLite reports both as SQLITE_FULL.
     */
    static QuoteStore open(Path file, int maxPages) {
        return open(file, maxPages, true);
    }

    /**
     * A store that, with {@code clusters} false, writes no clusters of quotations: only for measuring what
     * keeping them costs (docs/PROVENANCE.md); such a file's clusters are incomplete.
     */
    static QuoteStore open(Path file, int maxPages, boolean clusters) {
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            if (maxPages > 0) {
                config.setMaxPageCount(maxPages);
            }
            config.enforceForeignKeys(true);
            config.setBusyTimeout(10_000);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // 64 MiB of page cache for the writer (SQLite's default is 2 MiB): clustering looks up and inserts a
            // quotation's keys at random places of the quote_keys index, which outgrows 2 MiB at a few thousand
            // articles; past that every look-up was a read from the file (docs/PROVENANCE.md, "Cost").
            config.setCacheSize(-64 * 1024);
            c = connect(config, file);
            Schema.ensure(c, file.toString());
            return new QuoteStore(file, c, new ReaderPool("jdbc:sqlite:" + file, readerCount()), QUERY_TIME_LIMIT, clusters);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(file + ": cannot open the store: " + SqliteErrors.describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Connects, waiting while another process holds the lock: switching an older file to WAL, which
     * the connection does first, needs the file to itself, and SQLite's busy timeout does not cover
     * that step.
     */
    private static Connection connect(SQLiteConfig config, Path file) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return config.createConnection("jdbc:sqlite:" + file);
            } catch (SQLException e) {
                boolean busy = e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code
                        || e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Writes a batch of articles in one transaction: all of them or, on failure, none. An article
     * already stored under the same source id is replaced whole. The people of the surnames the batch
     * names are then placed again across the corpus ({@link PeopleMerger}).
     */
    public synchronized void put(List<ArticleEntry> batch) {
        checkWritable();
        boolean written = false;
        try {
            Sql.inTransaction(writer, () -> {
                for (ArticleEntry entry : batch) {
                    articles.put(entry);
                }
                articles.flushClusters();
                articles.mergePeople();
            });
            written = true;
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot write: " + SqliteErrors.describe(e), e);
        } finally {
            if (!written) {
                articles.forgetPeople();
            }
        }
    }

    /** Rows of earlier quotes read to cluster the quotes written so far: the test of clustering's cost counts them. */
    synchronized long clusterRowsRead() {
        return articles.clusterRowsRead();
    }

    /** The content hash an article was stored with, or null when no article has this source id. */
    public synchronized String storedHash(String sourceId) {
        checkWritable();
        try {
            return articles.storedHash(sourceId);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read: " + SqliteErrors.describe(e), e);
        }
    }

    /**
     * @throws BadQueryException when the full-text query cannot be read
     * @throws StoreBusyException when it ran past the time limit, or no connection was free in time
     */
    public SearchPage search(SearchQuery query) {
        try {
            return readers.with(checkedLimit(), SearchLimits.hasPrefix(query.text()), c -> QuoteSearch.run(c, query));
        } catch (SQLException e) {
            throw new StoreException(file + ": search failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every result of a search, in search order, up to {@link SearchQuery#MAX_EXPORT} (the query's page and
     * size are ignored), for CSV and JSONL exports. The ids come in one read, then the quotes a search page
     * at a time, each read under the time limit like a search: no connection is held while the sink writes,
     * and only one page of quotes is in memory at once. A quote deleted meanwhile is left out.
     *
     * @return how many results were given to the sink
     * @throws BadQueryException when the full-text query cannot be read (before the sink is called)
     * @throws StoreBusyException when a read ran past the time limit, or no connection was free in time
     * @throws IOException when the sink fails
     */
    public int export(SearchQuery query, ExportSink sink) throws IOException {
        try {
            QuoteSearch.Ids ids = readers.with(checkedLimit(), SearchLimits.hasPrefix(query.text()),
                    c -> QuoteSearch.ids(c, query, SearchQuery.MAX_EXPORT, 0));
            sink.begin(ids.total(), ids.ids().size());
            int given = 0;
            for (int from = 0; from < ids.ids().size(); from += SearchQuery.MAX_SIZE) {
                List<Long> page = ids.ids().subList(from, Math.min(ids.ids().size(), from + SearchQuery.MAX_SIZE));
                for (QuoteHit hit : read(c -> QuoteSearch.hits(c, page))) {
                    sink.hit(hit);
                    given++;
                }
            }
            return given;
        } catch (SQLException e) {
            throw new StoreException(file + ": export failed: " + e.getMessage(), e);
        }
    }

    /**
     * A search's results counted by speaker, organisation, outlet, type and month. One pass over every
     * matching quote, so it counts as a costly read (as a prefix search does) under the same time limit.
     *
     * @throws BadQueryException when the full-text query cannot be read
     * @throws StoreBusyException when it ran past the time limit, or no connection was free in time
     */
    public Facets facets(SearchQuery query) {
        try {
            return readers.with(checkedLimit(), true, c -> FacetCounter.count(c, query));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count facets: " + e.getMessage(), e);
        }
    }

    /**
     * Clusters of quotations, a page of them (the query's page and size), widest spread first: all of them
     * when the query has no text and no filter, else those of the quotes the search finds (up to
     * {@link SearchQuery#MAX_EXPORT} quotes).
     *
     * @throws BadQueryException when the full-text query cannot be read
     * @throws StoreBusyException when it ran past the time limit, or no connection was free in time
     */
    public List<ClusterLine> clusters(SearchQuery query) {
        int offset = (query.page() - 1) * query.size();
        boolean everything = query.text() == null && query.speaker() == null && query.organisation() == null
                && query.outlet() == null && query.from() == null && query.to() == null && query.type() == null
                && query.personId() == null;
        try {
            if (everything) {
                return read(c -> Clusters.all(c, query.size(), offset));
            }
            return readers.with(checkedLimit(), true, c -> Clusters.of(c,
                    QuoteSearch.idSet(c, query, SearchQuery.MAX_EXPORT), query.size(), offset));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read clusters: " + e.getMessage(), e);
        }
    }

    /** One quotation as it travelled (docs/PROVENANCE.md), or empty when there is no such cluster. */
    public Optional<ClusterView> cluster(long id) {
        return read("cluster " + id, c -> ClusterReader.read(c, id));
    }

    /** The cluster a quote is an occurrence of; empty when there is no such quote or it is in none. */
    public Optional<Long> clusterOfQuote(long quoteId) {
        return read("the cluster of quote " + quoteId, c -> ClusterReader.clusterOf(c, quoteId));
    }

    /** How far each of these quotes' quotations went, by quote id: for a page of search results. */
    public Map<Long, ClusterSpread> spreads(List<Long> quoteIds) {
        return read("clusters", c -> ClusterReader.spreads(c, quoteIds));
    }

    public Optional<PersonProfile> person(long id) {
        return read("person " + id, c -> RecordReader.person(c, id));
    }

    public Optional<ArticleView> article(long id) {
        return read("article " + id, c -> RecordReader.article(c, id));
    }

    public StoreStats stats() {
        try {
            return read(RecordReader::stats);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count: " + e.getMessage(), e);
        }
    }

    private <T> T read(ReaderPool.Work<T> work) throws SQLException {
        return readers.with(checkedLimit(), false, work);
    }

    /** {@link #read(ReaderPool.Work)}, an SQL failure reported as "FILE: cannot read WHAT: why". */
    private <T> T read(String what, ReaderPool.Work<T> work) {
        try {
            return read(work);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private Duration checkedLimit() {
        checkOpen();
        return queryLimit;
    }

    private void checkWritable() {
        checkOpen();
        if (writer == null) {
            throw new IllegalStateException("the store " + file + " was opened read-only");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + file + " is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        readers.close();
        if (writer == null) {
            return;
        }
        try {
            articles.close();
            writer.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close: " + SqliteErrors.describe(e), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one worth reporting
            }
        }
    }
}
