package org.khabar.bench;

import static org.khabar.bench.BenchReport.round;
import static org.khabar.bench.BenchReport.values;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khabar.nlp.ArabicFolding;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;

/**
 * Latency of each canned query on a store, with the parameters an analyst would give (a topic, a speaker, an
 * actor, an event type, Arabic words to search), all rows read. Runs stop after eight seconds (three runs at least) when a query is slow.
 */
public final class QueryBench {
    private QueryBench() {}

    public static void run(KhabarStore store, int runs, BenchReport report) {
        QueryRunner runner = QueryRunner.local(store.dataset(), 120_000);
        for (var q : workload().entrySet()) {
            String name = q.getKey().split(" ")[0];
            var query = QueryRunner.bind(CannedQuery.named(name), q.getValue());
            double[] ms = new double[runs];
            long rows = 0;
            int done = 0;
            long budget = System.nanoTime() + 8_000_000_000L;
            for (; done < runs && (done < 3 || System.nanoTime() < budget); done++) {
                long[] n = {0};
                long s = System.nanoTime();
                runner.select(query, rs -> { while (rs.hasNext()) { rs.next(); n[0]++; } });
                ms[done] = (System.nanoTime() - s) / 1e6;
                rows = n[0];
            }
            double[] sorted = Arrays.copyOf(ms, done);
            Arrays.sort(sorted);
            double p50 = BenchReport.quantile(sorted, 0.5), p99 = BenchReport.quantile(sorted, 0.99);
            report.row("query " + q.getKey(),
                    values("query", name, "params", q.getValue(), "runs", done, "rows", rows, "p50ms", round(p50), "p99ms", round(p99)),
                    String.format("p50 %7.1f ms  p99 %7.1f ms  (%d rows, %d runs)", p50, p99, rows, done));
        }
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
