package org.khabar.bench;

import static org.khabar.bench.BenchReport.round;
import static org.khabar.bench.BenchReport.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khabar.extract.Extractor;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.read.ArticleInput;

/** Extraction alone (no RDF, no store), per language, on one thread and on all. */
public final class ExtractionBench {
    private ExtractionBench() {}

    public static void run(Extractor ex, Map<String, List<ArticleInput>> byLang, int sample, int cores, int warmupSeconds, BenchReport report) throws Exception {
        for (var e : byLang.entrySet()) {
            ScaledCorpus c = new ScaledCorpus(e.getValue(), sample);
            // warm-up: the JIT compiles the hot paths before anything is timed
            long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            for (int i = 0; System.nanoTime() < until; i++) extractOne(ex, c.get(i % c.size()));
            for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                long[] r = extract(ex, c, t);
                double secs = r[0] / 1e9;
                report.row("extract " + e.getKey() + ", " + t + (t == 1 ? " thread" : " threads"),
                        values("lang", e.getKey(), "threads", t, "articles", c.size(), "tokens", r[1], "seconds", round(secs),
                                "articlesPerSecond", round(c.size() / secs), "tokensPerSecond", Math.round(r[1] / secs)),
                        String.format("%8.0f articles/s  %8.0f tokens/s  (%d articles, %.1f s)", c.size() / secs, r[1] / secs, c.size(), secs));
            }
        }
    }

    private static long extractOne(Extractor ex, ArticleInput a) {
        long tokens = 0;
        try {
            for (var s : ex.extract(a).tokens()) tokens += s.size();
        } catch (UnsupportedLanguageException ignored) {
            // left out when the corpus was grouped
        }
        return tokens;
    }

    /** Returns {nanoseconds, tokens}; each thread takes every n-th article. */
    private static long[] extract(Extractor ex, ScaledCorpus c, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long tokens = 0;
                    for (int i = first; i < c.size(); i += threads) tokens += extractOne(ex, c.get(i));
                    return tokens;
                }));
            }
            long tokens = 0;
            for (Future<Long> f : parts) tokens += f.get();
            return new long[] {System.nanoTime() - t0, tokens};
        } finally {
            pool.shutdown();
        }
    }
}
