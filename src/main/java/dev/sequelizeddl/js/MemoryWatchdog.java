package dev.sequelizeddl.js;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The memory ceiling of a load. GraalJS community has no per-context heap limit, so this watches the
 * JVM: every few milliseconds it reads the heap in use; when that is above the limit, it asks for a
 * full collection and reads again (at most twice a second), and when the live heap is still above the
 * limit it cancels the context. The ceiling is thus on the whole JVM's live heap while the models run
 * (the tool's own share is a few tens of MB), checked every 10 ms, so a fast allocator can pass it by
 * what it allocates in that time; an allocation the heap cannot hold at all fails with an
 * {@link OutOfMemoryError}, which the loader reports as the same limit. The requested limit is capped
 * at three quarters of the JVM's maximum heap ({@code -Xmx}; the launcher sets it).
 */
final class MemoryWatchdog {
    private static final long POLL_MILLIS = 10;
    private static final long CONFIRM_PAUSE_NANOS = 500_000_000L;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long limitBytes;
    private final Runnable cancel;
    private volatile boolean tripped;
    private volatile Thread thread;

    MemoryWatchdog(long limitBytes, Runnable cancel) {
        long max = Runtime.getRuntime().maxMemory();
        this.limitBytes = max == Long.MAX_VALUE ? limitBytes : Math.min(limitBytes, max / 4 * 3);
        this.cancel = cancel;
    }

    /** The limit in effect (the requested one, capped by the heap). */
    long limitBytes() {
        return limitBytes;
    }

    boolean tripped() {
        return tripped;
    }

    void start() {
        Thread t = Thread.ofPlatform().daemon().name("sequelize-ddl-memory-watchdog").unstarted(this::watch);
        thread = t;
        t.start();
    }

    void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    private static long usedBytes() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private void watch() {
        long nextConfirm = System.nanoTime();
        while (thread == Thread.currentThread()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (usedBytes() <= limitBytes || System.nanoTime() < nextConfirm) {
                continue;
            }
            // Above the limit, perhaps only with garbage: collect and look again.
            System.gc();
            if (usedBytes() > limitBytes && thread == Thread.currentThread()) {
                tripped = true;
                try {
                    cancel.run();
                } catch (RuntimeException ignored) {
                    // closing from another thread may race with the loader closing it; either way it stops
                }
                return;
            }
            nextConfirm = System.nanoTime() + CONFIRM_PAUSE_NANOS;
        }
    }

    /** Bytes as whole MB (MiB), for messages. */
    static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
