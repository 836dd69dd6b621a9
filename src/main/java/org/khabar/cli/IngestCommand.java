package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
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
            Ingester.Builder b = Ingester.builder().extractor(Models.extractor()).sink(new StoreSink(s)).batchSize(batch).log(System.err);
            if (threads != null) b.threads(threads);
            Ingester.Summary sum = b.build().run(paths);
            System.out.println("ingested: " + sum.line());
            return sum.failed() > 0 ? Khabar.SOME_FAILED : Khabar.OK;
        }
    }
}
