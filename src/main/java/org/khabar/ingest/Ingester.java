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
    private final PrintStream log;

    private Ingester(Builder b) {
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.sink = Objects.requireNonNull(b.sink, "sink");
        this.batchSize = b.batchSize;
        this.log = b.log;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Extractor extractor;
        private DocumentSink sink;
        private int batchSize = 64;
        private PrintStream log;

        public Builder extractor(Extractor e) { this.extractor = e; return this; }
        public Builder sink(DocumentSink s) { this.sink = s; return this; }
        public Builder batchSize(int n) {
            if (n < 1) throw new IllegalArgumentException("batch size must be at least 1");
            this.batchSize = n;
            return this;
        }
        /** Where problems and progress lines go (stderr for the CLI); null for silence. */
        public Builder log(PrintStream p) { this.log = p; return this; }
        public Ingester build() { return new Ingester(this); }
    }

    public Summary run(List<Path> paths) {
        return run(sink -> Inputs.read(paths, sink));
    }

    /** Runs over the articles a source pushes (files, an HTTP request body, …). */
    public Summary run(java.util.function.Consumer<ArticleSink> source) {
        long[] c = new long[7]; // articles, statements, meetings, events, quads, failed, skipped
        List<Document> batch = new ArrayList<>();
        long started = System.nanoTime();
        long[] lastReport = {started};
        source.accept(new ArticleSink() {
            @Override public void article(ArticleInput a) {
                try {
                    batch.add(extractor.extract(a));
                } catch (UnsupportedLanguageException e) {
                    c[6]++;
                    say("skipped " + a.meta().origin() + " (" + a.meta().id() + "): " + e.getMessage());
                } catch (RuntimeException e) {
                    c[5]++;
                    say("failed " + a.meta().origin() + " (" + a.meta().id() + "): extraction error: " + e);
                }
                if (batch.size() >= batchSize) flush(batch, c);
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
        flush(batch, c);
        return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
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
