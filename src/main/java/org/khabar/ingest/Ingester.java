package org.khabar.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.doc.Document;
import org.khabar.extract.Extractor;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;

/**
 * Reads articles, extracts them and hands them to a sink in batches. A file or article that fails is reported
 * and the rest go on; a batch the sink refuses is retried article by article, so one bad article never takes
 * its neighbours with it and never leaves half a graph.
 */
public final class Ingester {
    /** What a run did. */
    public record Summary(long articles, long statements, long meetings, long events, long quads, long failed, long skipped) {
        public String line() {
            return String.format("%d articles, %d statements, %d meetings, %d events, %d triples, %d failures%s",
                    articles, statements, meetings, events, quads, failed, skipped > 0 ? ", " + skipped + " skipped" : "");
        }
    }

    private final Extractor extractor;
    private final DocumentSink sink;
    private final int batchSize;
    private final int threads;
    private final PrintStream log;
    private final boolean progress;

    private Ingester(Builder b) {
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.sink = Objects.requireNonNull(b.sink, "sink");
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.log = b.log;
        this.progress = b.progress && b.log != null;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Extractor extractor;
        private DocumentSink sink;
        private int batchSize = 64;
        private int threads = Runtime.getRuntime().availableProcessors();
        private PrintStream log;
        private boolean progress;

        public Builder extractor(Extractor e) { this.extractor = e; return this; }
        public Builder sink(DocumentSink s) { this.sink = s; return this; }
        public Builder batchSize(int n) {
            if (n < 1) throw new IllegalArgumentException("batch size must be at least 1");
            this.batchSize = n;
            return this;
        }
        /** Extraction workers; the reading and writing stay on the calling thread (default: all cores). */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
            this.threads = n;
            return this;
        }
        /** Where problems and progress lines go (stderr for the CLI); null for silence. */
        public Builder log(PrintStream p) { this.log = p; return this; }
        /** A progress bar (rate, ETA) on the log instead of a line every five seconds. */
        public Builder progress(boolean on) { this.progress = on; return this; }
        public Ingester build() { return new Ingester(this); }
    }

    public Summary run(List<Path> paths) {
        return run(sink -> Inputs.read(paths, sink), progress ? Inputs.estimate(paths) : -1);
    }

    /** As {@link #run(java.util.function.Consumer, long)} with no known total. */
    public Summary run(java.util.function.Consumer<ArticleSink> source) {
        return run(source, -1);
    }

    /** Outcome of extracting one article on a worker. */
    private record Extracted(ArticleInput input, Document doc, String skipped, String failed) {}

    /**
     * Runs over the articles a source pushes (files, an HTTP request body, …). Articles are extracted by
     * {@code threads} workers while this thread reads and writes; results are taken in input order, and at most a
     * few batches are in flight, so memory stays flat however large the corpus. {@code expected} is the number of
     * articles the source will give, for the ETA (negative when unknown).
     */
    public Summary run(java.util.function.Consumer<ArticleSink> source, long expected) {
        long[] c = new long[7]; // articles, statements, meetings, events, quads, failed, skipped
        List<Document> batch = new ArrayList<>();
        long started = System.nanoTime();
        long[] lastReport = {started};
        int inFlight = Math.max(2 * batchSize, 4 * threads);
        java.util.ArrayDeque<java.util.concurrent.Future<Extracted>> pending = new java.util.ArrayDeque<>();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-extract");
            t.setDaemon(true);
            return t;
        });
        Progress bar = progress ? new Progress(log, expected) : null;
        try {
            source.accept(new ArticleSink() {
                @Override public void article(ArticleInput a) {
                    pending.add(workers.submit(() -> extract(a)));
                    while (pending.size() >= inFlight) take(pending.poll(), batch, c);
                    if (bar != null) { bar.update(c[0] + c[5] + c[6], c[5]); return; }
                    long now = System.nanoTime();
                    if (now - lastReport[0] > 5_000_000_000L) {
                        lastReport[0] = now;
                        double secs = (now - started) / 1e9;
                        say(String.format("… %d articles loaded (%.1f/s), %d failures", c[0], c[0] / secs, c[5]));
                    }
                }
                @Override public void problem(ReadProblem p) {
                    c[5]++;
                    say("failed " + p);
                }
            });
            while (!pending.isEmpty()) take(pending.poll(), batch, c);
            flush(batch, c);
            if (bar != null) bar.update(c[0] + c[5] + c[6], c[5]);
        } finally {
            if (bar != null) bar.close();
            workers.shutdownNow();
        }
        return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    private Extracted extract(ArticleInput a) {
        try {
            return new Extracted(a, extractor.extract(a), null, null);
        } catch (UnsupportedLanguageException e) {
            return new Extracted(a, null, e.getMessage(), null);
        } catch (RuntimeException e) {
            return new Extracted(a, null, null, "extraction error: " + e);
        }
    }

    private void take(java.util.concurrent.Future<Extracted> f, List<Document> batch, long[] c) {
        Extracted x;
        try {
            x = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        String where = x.input().meta().origin() + " (" + x.input().meta().id() + ")";
        if (x.skipped() != null) { c[6]++; say("skipped " + where + ": " + x.skipped()); return; }
        if (x.failed() != null) { c[5]++; say("failed " + where + ": " + x.failed()); return; }
        batch.add(x.doc());
        if (batch.size() >= batchSize) flush(batch, c);
    }

    private void flush(List<Document> batch, long[] c) {
        if (batch.isEmpty()) return;
        try {
            c[4] += sink.accept(batch);
            for (Document d : batch) count(d, c);
        } catch (RuntimeException whole) {
            for (Document d : batch) {
                try {
                    c[4] += sink.accept(List.of(d));
                    count(d, c);
                } catch (RuntimeException one) {
                    c[5]++;
                    say("failed " + d.meta().origin() + " (" + d.id() + "): not loaded: " + one);
                }
            }
        }
        batch.clear();
    }

    private static void count(Document d, long[] c) {
        c[0]++;
        c[1] += d.statements().size();
        c[2] += d.meetings().size();
        c[3] += d.events().size();
    }

    private void say(String s) {
        if (log != null) log.println(s);
    }
}
