package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.ingest.StreamSink;
import org.khabar.store.BulkLoad;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts articles and loads them into the store. Files or folders of .txt, .html and .jsonl.",
                "Re-ingesting an article replaces its graph. Problems go to stderr, the summary to stdout.",
                "Exit code 1 when some inputs failed (the rest were loaded)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--batch", defaultValue = "64", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", description = "Extraction workers (default: all cores).")
    Integer threads;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send the articles to a running 'khabar serve' (its dataset URL, e.g. http://localhost:3030/khabar) instead of a local store.")
    String endpoint;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --endpoint: the admin password (else KHABAR_ADMIN_PASSWORD).")
    Path passwordFile;

    @Option(names = "--bulk", description = {"Bulk path for a new store or a large batch: spool N-Quads, load them with TDB2's parallel",
            "loader in one transaction, then index the text in one pass (faster; the store is locked meanwhile)."})
    boolean bulk;

    @Option(names = "--spool", paramLabel = "DIR", description = "With --bulk: where the N-Quads spool goes (default: the system's temporary folder).")
    Path spool;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws java.io.IOException {
        if (endpoint != null) {
            String password = AdminPassword.read(passwordFile);
            if (password == null) throw new Khabar.UserError("--endpoint needs the admin password: set " + AdminPassword.ENV + " or give --password-file");
            long[] t = new RemoteIngest(endpoint, password, System.err).run(paths);
            System.out.printf("ingested: %d articles, %d statements, %d meetings, %d events, %d triples, %d failures (at %s)%n",
                    t[0], t[1], t[2], t[3], t[4], t[5], endpoint);
            return t[5] > 0 ? Khabar.SOME_FAILED : Khabar.OK;
        }
        try (KhabarStore s = store.open()) {
            Ingester.Builder b = Ingester.builder().extractor(Models.extractor()).batchSize(batch).log(System.err).progress(true);
            if (threads != null) b.threads(threads);
            if (!bulk) {
                Ingester.Summary sum = b.sink(new StoreSink(s)).build().run(paths);
                System.out.println("ingested: " + sum.line());
                return sum.failed() > 0 ? Khabar.SOME_FAILED : Khabar.OK;
            }
            try (BulkLoad load = s.bulkLoad(spool)) {
                Ingester.Summary sum = b.sink(new StreamSink(load.stream())).build().run(paths);
                System.err.printf("loading %d quads with TDB2's parallel loader…%n", load.spooled());
                long t0 = System.nanoTime();
                load.finish((fmt, args) -> System.err.println(String.format(fmt, args)));
                System.err.printf("loaded and indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                System.out.println("ingested: " + sum.line());
                return sum.failed() > 0 ? Khabar.SOME_FAILED : Khabar.OK;
            }
        }
    }
}
