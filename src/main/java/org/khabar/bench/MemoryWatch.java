package org.khabar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples this process's memory while a benchmark runs: the live heap (what the collector left after its last
 * collection, the measure of retained data), anonymous RSS (heap and native memory) and total RSS, which also
 * counts the pages of TDB2's memory-mapped files and so grows with the store.
 */
public final class MemoryWatch implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private long liveHeap, rssAnon, rss;

    public MemoryWatch() {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try { Thread.sleep(200); } catch (InterruptedException e) { return; }
            }
        }, "khabar-memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void sample() {
        long live = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) live += p.getCollectionUsage().getUsed();
        }
        liveHeap = Math.max(liveHeap, live);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("RssAnon:")) rssAnon = Math.max(rssAnon, kb(line));
                else if (line.startsWith("VmRSS:")) rss = Math.max(rss, kb(line));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the heap figure stands alone
        }
    }

    private static long kb(String line) { return Long.parseLong(line.replaceAll("\\D+", "")) * 1024; }

    /** {peak live heap, peak anonymous RSS, peak RSS}, in bytes (0 where unknown), since the last {@link #phase}. */
    public synchronized long[] peaks() {
        sample();
        return new long[] {liveHeap, rssAnon, rss};
    }

    /**
     * Ends a phase of the run: returns its peaks and starts the next from the current figures, so that each phase
     * (extraction, loading, queries) shows its own peak. A collection is requested first, so that the live heap of
     * the phase is read after one.
     */
    public synchronized long[] phase() {
        System.gc();
        long[] p = peaks();
        liveHeap = 0;
        rssAnon = 0;
        rss = 0;
        sample();
        return p;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
