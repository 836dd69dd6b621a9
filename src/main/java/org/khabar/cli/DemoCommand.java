package org.khabar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.query.ResultFormat;
import org.khabar.server.KhabarServer;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample articles into the store, starts the SPARQL server on localhost,",
                "asks it over HTTP who called for a ceasefire and who met whom, and prints the answers."})
final class DemoCommand implements Callable<Integer> {
    /** Bundled samples: the two seed articles and a few corpus articles (see samples/README.md). */
    static final List<String> SAMPLES = List.of("000_fd1355c3401903b1.txt", "002_a64bfd7d8adc9861.txt", "corpus-sample.jsonl");

    @Mixin StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "Port on localhost; taken if free, else any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--serve", description = "Keep serving after the demo questions (Ctrl-C to stop).")
    boolean serve;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("khabar-samples");
        for (String name : SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/org/khabar/samples/" + name)) {
                if (in == null) throw new IllegalStateException("missing bundled sample " + name);
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (KhabarStore s = store.open()) {
            Ingester.Summary sum = Ingester.builder().extractor(Models.extractor()).sink(new StoreSink(s))
                    .log(System.err).build().run(List.of(dir));
            System.out.println("ingested: " + sum.line() + " into " + store.dir);
            try (KhabarServer server = KhabarServer.builder().dataset(s.dataset()).port(free(port)).start()) {
                System.out.println("SPARQL endpoint: " + server.queryUrl());
                ask(server, "Who called for a ceasefire?", "calls-for", Map.of("topic", "ceasefire"));
                ask(server, "Who met whom, where, when?", "meetings", Map.of());
                if (serve) server.join();
            }
        }
        return Khabar.OK;
    }

    private static void ask(KhabarServer server, String question, String query, Map<String, String> params) {
        System.out.println();
        System.out.println("# " + question + "  (khabar query " + query
                + params.entrySet().stream().map(e -> " --param " + e.getKey() + "=" + e.getValue()).reduce("", String::concat) + ")");
        QueryRunner.remote(server.queryUrl(), 30_000).select(QueryRunner.bind(CannedQuery.named(query), params),
                rs -> ResultFormat.TABLE.write(rs, System.out));
    }

    /** The port asked for if it is free, else any free port. */
    private static int free(int wanted) {
        try (ServerSocket s = new ServerSocket(wanted, 1, java.net.InetAddress.getLoopbackAddress())) {
            return wanted;
        } catch (IOException e) {
            return 0;
        }
    }
}
