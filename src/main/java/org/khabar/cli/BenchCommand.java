package org.khabar.cli;

import static org.khabar.bench.BenchReport.round;
import static org.khabar.bench.BenchReport.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.bench.BenchReport;
import org.khabar.bench.ExtractionBench;
import org.khabar.bench.QueryBench;
import org.khabar.bench.TdbLoaderRun;
import org.khabar.bench.MemoryWatch;
import org.khabar.bench.ScaledCorpus;
import org.khabar.extract.Extractor;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.ingest.StreamSink;
import org.khabar.rdf.Ontology;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;
import org.khabar.store.BulkLoad;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, on a corpus replicated to --articles (ids and dates varied): extraction per language",
                "(articles/s, tokens/s; one thread and all), the bulk path (extract and spool, then TDB2's parallel loader",
                "and the text index) side by side with Jena's own tdb2.tdbloader on the same N-Quads file, the incremental",
                "path, canned-query latency (p50/p99) on the bulk-built store, and peak memory. Prints one table and",
                "writes the figures as JSON. With no PATH the bundled samples are used."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the scaled corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads for the parallel runs (default: all cores).")
    int threads;

    @Option(names = "--sample", defaultValue = "2000", description = "Articles per language for the extraction-only rows (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--warmup-seconds", defaultValue = "8", description = "Extraction before timing starts, per language (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--incremental", defaultValue = "1000", description = "Articles for the incremental-load row (default: ${DEFAULT-VALUE}).")
    int incremental;

    @Option(names = "--query-runs", defaultValue = "30", description = "Runs of each canned query, at most (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--tdbloader", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run Jena's tdb2.tdbloader on the same file for comparison (default: on; --no-tdbloader skips it).")
    boolean tdbloader;

    @Option(names = "--compare-quads", defaultValue = "2000000",
            description = "Quads of the spool the tdbloader comparison loads, at most (default: ${DEFAULT-VALUE}).")
    long compareQuads;

    @Option(names = "--load-clients", split = ",", paramLabel = "N",
            description = "Also run a server load test on loopback with these numbers of concurrent clients (e.g. 8,64).")
    List<Integer> loadClients = new ArrayList<>();

    @Option(names = "--load-seconds", defaultValue = "15", description = "Duration of each load run (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "khabar-bench.json", description = "Where the figures go as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch stores and spool (default: the system's temporary folder).")
    Path work;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to replicate (e.g. ../shared/corpus/articles-ar.jsonl).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        BenchReport report = new BenchReport(System.out);
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Extractor ex = Models.extractor();
        Map<String, List<ArticleInput>> byLang = byLanguage(ex, corpus());
        List<ArticleInput> all = new ArrayList<>();
        byLang.values().forEach(all::addAll);
        ScaledCorpus corpus = new ScaledCorpus(all, articles);
        report.fact("corpus", values("distinct", corpus.distinct(), "articles", articles, "languages", languageCounts(byLang),
                        "cores", cores, "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20),
                String.format("corpus: %d distinct articles %s replicated to %d (replica k: id '-rk', published k days later); %d cores, max heap %d MiB",
                        corpus.distinct(), languageCounts(byLang), articles, cores, Runtime.getRuntime().maxMemory() >> 20));
        Path dir = Files.createTempDirectory(work != null ? Files.createDirectories(work) : Path.of(System.getProperty("java.io.tmpdir")), "khabar-bench");
        try (MemoryWatch memory = new MemoryWatch()) {
            ExtractionBench.run(ex, byLang, sample, cores, warmupSeconds, report);
            memory(report, "extraction", memory.phase());
            try (KhabarStore store = KhabarStore.open(dir.resolve("bulk"))) {
                store.installOntology(Ontology.termsAndTopics());
                bulk(ex, corpus, store, cores, dir, memory, report);
                // pages apart from every row: a page's memory is the store's, a whole answer's grows with the answer
                QueryBench.run(store, queryRuns, true, report);
                memory(report, "queries: first pages", memory.phase());
                QueryBench.run(store, queryRuns, false, report);
                memory(report, "queries: every row", memory.phase());
                if (!loadClients.isEmpty()) {
                    try (var server = org.khabar.server.KhabarServer.builder().dataset(store.dataset()).port(0).start()) {
                        for (int clients : loadClients) new ServerLoad(server.queryUrl(), clients, loadSeconds).run().print(System.out);
                    }
                }
            }
            incremental(ex, corpus, cores, dir, report);
            memory(report, "incremental ingest", memory.phase());
        } finally {
            deleteTree(dir);
        }
        report.write(json);
        System.out.println("figures written to " + json);
        return Khabar.OK;
    }

    /** Peak memory of one phase of the run. */
    private static void memory(BenchReport report, String phase, long[] peaks) {
        report.row("memory: " + phase, values("phase", phase, "liveHeapMiB", peaks[0] >> 20, "rssAnonMiB", peaks[1] >> 20, "rssMiB", peaks[2] >> 20),
                String.format("peak live heap %d MiB, anonymous RSS %d MiB, RSS %d MiB (RSS counts mapped store files)",
                        peaks[0] >> 20, peaks[1] >> 20, peaks[2] >> 20));
    }

    /** Extract and spool every article on all cores, then load the spool; then tdb2.tdbloader on the same file. */
    private void bulk(Extractor ex, ScaledCorpus corpus, KhabarStore store, int cores, Path dir, MemoryWatch memory, BenchReport report) throws Exception {
        try (BulkLoad load = store.bulkLoad(dir)) {
            long t0 = System.nanoTime();
            Ingester.Summary sum = Ingester.builder().extractor(ex).sink(new StreamSink(load.stream())).threads(cores).build()
                    .run(corpus.source(0, corpus.size()), corpus.size());
            double spoolSecs = (System.nanoTime() - t0) / 1e9;
            long[] spoolMemory = memory.phase();
            report.row("bulk: extract + spool N-Quads, " + cores + " threads",
                    values("articles", sum.articles(), "seconds", round(spoolSecs), "articlesPerSecond", round(sum.articles() / spoolSecs), "quads", load.spooled()),
                    String.format("%8.0f articles/s  (%d articles, %d quads, %.1f s)", sum.articles() / spoolSecs, sum.articles(), load.spooled(), spoolSecs));
            memory(report, "bulk extract + spool", spoolMemory);
            long t1 = System.nanoTime();
            long quads = load.finish((fmt, args) -> { });
            double loadSecs = (System.nanoTime() - t1) / 1e9;
            long[] loadMemory = memory.phase();
            BulkLoad.Timings parts = load.timings();
            report.row("bulk: TDB2 parallel loader + text index",
                    values("quads", quads, "seconds", round(loadSecs), "quadsPerSecond", round(quads / loadSecs),
                            "loaderSeconds", round(parts.loader()), "textIndexSeconds", round(parts.text()),
                            "mergeSeconds", round(parts.merge()), "countSeconds", round(parts.counts())),
                    String.format("%8.0f quads/s     (%d quads, %.1f s: loader %.1f, text index %.1f, merge %.1f, counts %.1f)",
                            quads / loadSecs, quads, loadSecs, parts.loader(), parts.text(), parts.merge(), parts.counts()));
            memory(report, "bulk load", loadMemory);
            if (tdbloader) compare(load, quads, loadSecs, dir, report);
        }
    }

    /**
     * The bulk path's loader and Jena's tdb2.tdbloader on the same N-Quads file, each into a new database: the whole
     * spool, or past --compare-quads its first quads (so that a 100k-article run stays within minutes).
     */
    private void compare(BulkLoad load, long quads, double loadSecs, Path dir, BenchReport report) throws Exception {
        Path file = load.spoolFile();
        double ours = loadSecs;
        long n = quads;
        if (quads > compareQuads) {
            file = dir.resolve("prefix.nq");
            try (var lines = Files.lines(load.spoolFile())) {
                Files.write(file, (Iterable<String>) lines.limit(compareQuads)::iterator);
            }
            n = compareQuads;
            try (KhabarStore other = KhabarStore.open(dir.resolve("compare")); BulkLoad again = other.bulkLoad(dir)) {
                org.apache.jena.riot.RDFParser.source(file).lang(org.apache.jena.riot.Lang.NQUADS).parse(again.stream());
                long t0 = System.nanoTime();
                again.finish((fmt, args) -> { });
                ours = (System.nanoTime() - t0) / 1e9;
            }
            deleteTree(dir.resolve("compare"));
        }
        double jena = TdbLoaderRun.seconds(file, dir.resolve("tdbloader"));
        deleteTree(dir.resolve("tdbloader"));
        String scope = n == quads ? "same file" : "first " + n + " quads of it";
        report.row("bulk path vs tdb2.tdbloader (" + scope + ")",
                values("quads", n, "bulkSeconds", round(ours), "bulkQuadsPerSecond", round(n / ours), "tdbloaderSeconds", round(jena),
                        "tdbloaderQuadsPerSecond", round(n / jena), "ratio", Math.round(jena / ours * 100) / 100.0),
                String.format("%8.0f vs %.0f quads/s  (bulk path / tdbloader = %.2f; tdbloader --loader=parallel in its own JVM)",
                        n / ours, n / jena, jena / ours));
    }

    /** The incremental path (one write transaction per 64 articles, text index in step) on a fresh store. */
    private void incremental(Extractor ex, ScaledCorpus corpus, int cores, Path dir, BenchReport report) {
        int n = Math.min(incremental, corpus.size());
        try (KhabarStore store = KhabarStore.open(dir.resolve("incremental"))) {
            long t0 = System.nanoTime();
            Ingester.Summary sum = Ingester.builder().extractor(ex).sink(new StoreSink(store)).threads(cores).build()
                    .run(corpus.source(0, n), n);
            double secs = (System.nanoTime() - t0) / 1e9;
            report.row("incremental ingest (extract + load), " + cores + " threads",
                    values("articles", sum.articles(), "quads", sum.quads(), "seconds", round(secs),
                            "articlesPerSecond", round(sum.articles() / secs), "quadsPerSecond", round(sum.quads() / secs)),
                    String.format("%8.0f articles/s  (%d quads/s; %d articles, %.1f s)", sum.articles() / secs, Math.round(sum.quads() / secs), sum.articles(), secs));
        }
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

    /** The articles grouped by the language the extractor reads them in; unsupported ones are left out. */
    private static Map<String, List<ArticleInput>> byLanguage(Extractor ex, List<ArticleInput> in) {
        Map<String, List<ArticleInput>> out = new LinkedHashMap<>();
        for (ArticleInput a : in) {
            try {
                out.computeIfAbsent(ex.extract(a).meta().lang(), k -> new ArrayList<>()).add(a);
            } catch (UnsupportedLanguageException e) {
                System.err.println("left out " + a.meta().id() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Integer> languageCounts(Map<String, List<ArticleInput>> byLang) {
        Map<String, Integer> m = new LinkedHashMap<>();
        byLang.forEach((k, v) -> m.put(k, v.size()));
        return m;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
