package org.onrecord.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * How to open a store for reading only, so that nothing is written or created beside it when that
 * cannot or must not be done (a read-only mount, an archive, a folder of another user).
 *
 * <p>Where the folder is writable, readers open the file read-only and SQLite keeps its usual shared
 * memory files beside it ({@code -wal}, {@code -shm}): that is how they see what an indexing process
 * is writing meanwhile. Where it is not, SQLite could not create those files: if a writer has them
 * open, readers share them read-only; if there are none, no process is writing (a writer would have
 * made them), and the file is opened {@code immutable}, read with no locks and no files beside it.
 * A folder with no write permission bit at all counts as not writable even for root, who could write
 * there anyway: whoever set the bits asked for nothing to be written.
 */
record ReadOnlyAccess(String url, boolean immutable) {
    static ReadOnlyAccess of(Path file) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || writable(dir) || Files.exists(Path.of(absolute + "-wal"))) {
            return new ReadOnlyAccess("jdbc:sqlite:" + absolute, false);
        }
        return new ReadOnlyAccess("jdbc:sqlite:" + absolute.toUri() + "?immutable=1", true);
    }

    static boolean writable(Path dir) {
        if (!Files.isWritable(dir)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> bits = posix.readAttributes().permissions();
            return bits.contains(PosixFilePermission.OWNER_WRITE) || bits.contains(PosixFilePermission.GROUP_WRITE)
                    || bits.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
