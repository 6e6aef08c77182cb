package com.reportworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process (and one thread) at a time may open, restore or compact a store folder: an exclusive
 * lock on the file {@value #FILE_NAME}, taken by every {@link Store#open}, {@link StoreBackup#restore}
 * and {@link StoreBackup#compact}. Opening holds it only while H2 starts (so two commands started at
 * the same moment do not both try to become the store's server: the second waits, then shares the
 * first's server); restore and compact hold it for their whole work, so nobody opens a store that is
 * being swapped. The lock is the operating system's: a killed process holds it no longer.
 *
 * <p>Java refuses a second lock on the same file within one JVM, so the file lock is taken once per
 * JVM and threads queue on a reentrant lock in front of it.
 */
final class StoreAccess implements AutoCloseable {
    static final String FILE_NAME = "store.access.lock";
    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private final Holder holder;

    private StoreAccess(Holder holder) {
        this.holder = holder;
    }

    /**
     * Waits up to {@code wait} for the folder's lock.
     *
     * @throws StoreException if another program keeps the lock longer
     */
    static StoreAccess exclusive(Path dir, Duration wait) {
        Path key = dir.toAbsolutePath().normalize();
        Holder holder = HOLDERS.computeIfAbsent(key, Holder::new);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!holder.threads.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(key, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store in " + key);
        }
        try {
            if (holder.threads.getHoldCount() == 1) {
                holder.acquireFile(deadline, wait);
            }
        } catch (RuntimeException e) {
            holder.threads.unlock();
            throw e;
        }
        return new StoreAccess(holder);
    }

    /** True if this thread holds the lock of the folder (a restore opening the store it just put in place). */
    static boolean heldByCurrentThread(Path dir) {
        Holder holder = HOLDERS.get(dir.toAbsolutePath().normalize());
        return holder != null && holder.threads.isHeldByCurrentThread();
    }

    @Override
    public void close() {
        if (holder.threads.getHoldCount() == 1) {
            holder.releaseFile();
        }
        holder.threads.unlock();
    }

    private static StoreException busy(Path dir, Duration wait) {
        return new StoreException("the store in " + dir + " is busy: another program has been restoring or compacting it for "
                + wait.toSeconds() + " s; try again when it has finished");
    }

    private static final class Holder {
        final Path dir;
        final ReentrantLock threads = new ReentrantLock(true);
        FileChannel channel;
        FileLock lock;

        Holder(Path dir) {
            this.dir = dir;
        }

        void acquireFile(long deadline, Duration wait) {
            boolean logged = false;
            try {
                Files.createDirectories(dir);
                channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                while (true) {
                    try {
                        lock = channel.tryLock();
                    } catch (OverlappingFileLockException e) {
                        lock = null; // cannot happen behind the thread lock; treat as busy
                    }
                    if (lock != null) {
                        return;
                    }
                    if (System.nanoTime() > deadline) {
                        throw busy(dir, wait);
                    }
                    if (!logged) {
                        LOG.info("waiting for another program to finish opening, restoring or compacting {}", dir);
                        logged = true;
                    }
                    Thread.sleep(50);
                }
            } catch (IOException e) {
                closeChannel();
                throw new StoreException("cannot lock the store folder " + dir + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                closeChannel();
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the store in " + dir);
            } catch (RuntimeException e) {
                closeChannel();
                throw e;
            }
        }

        void releaseFile() {
            try {
                if (lock != null) {
                    lock.release();
                }
            } catch (IOException e) {
                LOG.warn("could not release the lock of {}", dir, e);
            } finally {
                lock = null;
                closeChannel();
            }
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("closing the lock file of {}", dir, e);
                }
                channel = null;
            }
        }
    }
}
