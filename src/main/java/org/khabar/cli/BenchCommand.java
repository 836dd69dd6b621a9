package org.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khabar.doc.ArticleMeta;
import org.khabar.doc.Document;
import org.khabar.extract.Extractor;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.ingest.StoreSink;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.rdf.Ontology;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction (articles/s and tokens/s, one thread and all), loading into a fresh TDB2 store",
                "(quads/s) and canned-query latency (p50/p99), and prints one table. The corpus is replicated with new ids",
                "to reach --articles; with no PATH the bundled samples are used."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--articles", defaultValue = "2000", description = "Articles to process (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads for the parallel run (default: all cores).")
    int threads;

    @Option(names = "--query-runs", defaultValue = "30", description = "Runs of each canned query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--load-clients", split = ",", paramLabel = "N",
            description = "Also run a server load test on loopback with these numbers of concurrent clients (e.g. 8,64).")
    List<Integer> loadClients = new ArrayList<>();

    @Option(names = "--load-seconds", defaultValue = "15", description = "Duration of each load run (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to replicate (e.g. ../shared/corpus/articles-ar.jsonl).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<ArticleInput> base = corpus();
        List<ArticleInput> inputs = new ArrayList<>(articles);
        for (int i = 0; inputs.size() < articles; i++) {
            ArticleInput a = base.get(i % base.size());
            ArticleMeta m = a.meta();
            inputs.add(new ArticleInput(new ArticleMeta(m.id() + "-r" + (i / base.size()), m.lang(), m.title(), m.published(),
                    m.publisher(), m.agency(), m.url(), m.origin()), a.text()));
        }
        Extractor ex = Models.extractor();
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        System.out.printf("corpus: %d distinct articles replicated to %d (ids varied), %d cores%n", base.size(), inputs.size(), cores);
        extract(ex, inputs.subList(0, Math.min(200, inputs.size())), 1); // warm-up
        long[] one = extract(ex, inputs, 1);
        long[] all = extract(ex, inputs, cores);
        row("extract, 1 thread", one, inputs.size());
        row("extract, " + cores + " threads", all, inputs.size());

        List<Document> docs = new ArrayList<>();
        for (ArticleInput a : inputs) try { docs.add(ex.extract(a)); } catch (UnsupportedLanguageException ignored) { /* counted above */ }
        Path dir = Files.createTempDirectory("khabar-bench");
        try (KhabarStore store = KhabarStore.open(dir.resolve("db"))) {
            store.installOntology(Ontology.termsAndTopics());
            StoreSink sink = new StoreSink(store);
            long t0 = System.nanoTime(), quads = 0;
            for (int i = 0; i < docs.size(); i += 64) quads += sink.accept(docs.subList(i, Math.min(docs.size(), i + 64)));
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-26s %10.0f quads/s   (%d quads in %.2f s, transactions of 64 articles)%n", "load (incremental)", quads / secs, quads, secs);
            QueryRunner runner = QueryRunner.local(store.dataset(), 60_000);
            for (String name : CannedQuery.NAMES) {
                // quotes-about searches for the Arabic preferred label of the topic "dialogue"
                Map<String, String> params = name.equals("quotes-about") ? Map.of("text", arabicLabel("dialogue")) : Map.of();
                var q = QueryRunner.bind(CannedQuery.named(name), params);
                long[] ms = new long[queryRuns];
                long[] rows = {0};
                for (int r = 0; r < queryRuns; r++) {
                    long s = System.nanoTime();
                    rows[0] = 0;
                    runner.select(q, rs -> { while (rs.hasNext()) { rs.next(); rows[0]++; } });
                    ms[r] = (System.nanoTime() - s) / 1_000;
                }
                Arrays.sort(ms);
                System.out.printf("%-26s p50 %8.1f ms   p99 %8.1f ms   (%d rows)%n", "query " + name,
                        ms[ms.length / 2] / 1000.0, ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)] / 1000.0, rows[0]);
            }
            if (!loadClients.isEmpty()) {
                try (var server = org.khabar.server.KhabarServer.builder().dataset(store.dataset()).port(0).start()) {
                    for (int clients : loadClients) new ServerLoad(server.queryUrl(), clients, loadSeconds).run().print(System.out);
                }
            }
        } finally {
            deleteTree(dir);
        }
        System.out.printf("%-26s %10d MiB%n", "peak RSS", peakRssKb() / 1024);
        return Khabar.OK;
    }

    private static String arabicLabel(String topic) {
        return Ontology.topicSurfaceForms().get(topic).stream()
                .filter(f -> org.khabar.nlp.ArabicFolding.isArabicLetter(f.codePointAt(0))).sorted().findFirst().orElse(topic);
    }

    private List<ArticleInput> corpus() throws IOException {
        List<ArticleInput> out = new ArrayList<>();
        List<Path> from = new ArrayList<>(paths);
        Path tmp = null;
        if (from.isEmpty()) {
            tmp = Files.createTempDirectory("khabar-bench-samples");
            for (String name : DemoCommand.SAMPLES) {
                try (var in = getClass().getResourceAsStream("/org/khabar/samples/" + name)) {
                    Files.copy(in, tmp.resolve(name));
                }
            }
            from.add(tmp);
        }
        Inputs.read(from, new ArticleSink() {
            @Override public void article(ArticleInput a) { out.add(a); }
            @Override public void problem(ReadProblem p) { System.err.println("skipped " + p); }
        });
        if (tmp != null) deleteTree(tmp);
        if (out.isEmpty()) throw new Khabar.UserError("no articles to benchmark");
        return out;
    }

    /** Returns {nanoseconds, tokens}. */
    private static long[] extract(Extractor ex, List<ArticleInput> inputs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            int chunk = (inputs.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<ArticleInput> mine = inputs.subList(Math.min(inputs.size(), t * chunk), Math.min(inputs.size(), (t + 1) * chunk));
                parts.add(pool.submit(() -> {
                    long tokens = 0;
                    for (ArticleInput a : mine) {
                        try {
                            for (var s : ex.extract(a).tokens()) tokens += s.size();
                        } catch (UnsupportedLanguageException ignored) { /* not an extraction cost */ }
                    }
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

    private static void row(String what, long[] r, int n) {
        double secs = r[0] / 1e9;
        System.out.printf("%-26s %10.0f articles/s   %10.0f tokens/s   (%.2f s)%n", what, n / secs, r[1] / secs, secs);
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", ""));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
