package org.khabar.bench;

import static org.khabar.bench.BenchReport.round;
import static org.khabar.bench.BenchReport.values;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.khabar.nlp.ArabicFolding;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;

/**
 * Latency of each canned query on a store, with the parameters an analyst would give (a topic, a speaker, an
 * actor, an event type, Arabic words to search): first as a notebook or a web page asks for it, one page of
 * {@link #PAGE} keys, then every row. The first run of each is reported apart (cold caches); p50 and p99 are over
 * the runs after a short warm-up. Runs stop after eight seconds for a page and four for every row (three timed runs at
 * least for a page, one for all rows), so that a run at 100k articles stays within minutes.
 */
public final class QueryBench {
    /** Keys per page, as `khabar query --limit`. */
    public static final int PAGE = 100;
    private static final int WARMUP = 3;

    private QueryBench() {}

    /** Times every query of the workload: its first page of {@link #PAGE} keys, or with {@code paged} false every row. */
    public static void run(KhabarStore store, int runs, boolean paged, BenchReport report) {
        QueryRunner runner = QueryRunner.local(store.dataset(), 120_000);
        for (var q : workload().entrySet()) {
            String name = q.getKey().split(" ")[0];
            Query query = QueryRunner.bind(CannedQuery.named(name), q.getValue(), paged ? PAGE : -1, 0);
            time(runner, query, runs, report, q.getKey(), name, q.getValue(), paged);
        }
    }

    private static void time(QueryRunner runner, Query query, int runs, BenchReport report, String label, String name,
                             Map<String, String> params, boolean paged) {
        long rows = 0;
        double first = 0;
        double[] ms = new double[runs];
        int done = 0, warmup = WARMUP;
        long budget = System.nanoTime() + (paged ? 8_000_000_000L : 4_000_000_000L);
        int least = paged ? 3 : 1; // every row of a large store can take many seconds: one timed run is enough to show it
        for (int i = 0; done < runs && (done < least || System.nanoTime() < budget); i++) {
            long[] n = {0};
            long s = System.nanoTime();
            runner.select(query, rs -> { while (rs.hasNext()) { rs.next(); n[0]++; } });
            double t = (System.nanoTime() - s) / 1e6;
            rows = n[0];
            if (i == 0) {
                first = t;
                // a slow query warms up in one run, and a slow read of every row is timed from its first
                if (t > 1000) warmup = paged ? 1 : 0;
            }
            if (i >= warmup) ms[done++] = t;
        }
        double[] sorted = Arrays.copyOf(ms, done);
        Arrays.sort(sorted);
        double p50 = BenchReport.quantile(sorted, 0.5), p99 = BenchReport.quantile(sorted, 0.99);
        String scope = paged ? "first page of " + PAGE : "all rows";
        report.row("query " + label + ", " + scope,
                values("query", name, "params", params, "page", paged ? PAGE : -1, "runs", done, "rows", rows,
                        "firstRunMs", round(first), "p50ms", round(p50), "p99ms", round(p99)),
                String.format("p50 %7.1f ms  p99 %7.1f ms  first run %7.1f ms  (%d rows, %d runs)", p50, p99, first, rows, done));
    }

    private static Map<String, Map<String, String>> workload() {
        Map<String, Map<String, String>> w = new LinkedHashMap<>();
        w.put("calls-for topic=ceasefire", Map.of("topic", "ceasefire"));
        w.put("statements speaker=Putin", Map.of("speaker", "Putin"));
        w.put("meetings actor=Lavrov", Map.of("actor", "Lavrov"));
        w.put("events type=Visit", Map.of("type", "Visit"));
        w.put("actors", Map.of());
        String dialogue = Ontology.topicSurfaceForms().get("dialogue").stream()
                .filter(f -> ArabicFolding.isArabicLetter(f.codePointAt(0))).sorted().findFirst().orElse("dialogue");
        w.put("quotes-about text=" + dialogue, Map.of("text", dialogue));
        return w;
    }
}
