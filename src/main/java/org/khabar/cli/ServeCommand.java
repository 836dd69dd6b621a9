package org.khabar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.server.KhabarServer;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL on localhost: /khabar/sparql and /khabar/query (open),",
                "/khabar/data (open for GET). With an admin password (KHABAR_ADMIN_PASSWORD or --password-file)",
                "/khabar/update, graph writes and /khabar/ingest (POST JSON Lines articles) are enabled behind HTTP Basic",
                "auth as user 'admin'; without one they do not exist."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "Port on localhost; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "Articles to ingest before serving.")
    List<Path> ingest;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the admin password.")
    Path passwordFile;

    @Option(names = "--timeout", defaultValue = "30", description = "Query time limit in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "100000", description = "Most rows a SELECT answers with (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Override
    public Integer call() throws IOException {
        String password = AdminPassword.read(passwordFile);
        try (KhabarStore s = store.open()) {
            if (ingest != null) {
                Ingester.Summary sum = Ingester.builder().extractor(Models.extractor()).sink(new StoreSink(s))
                        .log(System.err).build().run(ingest);
                System.out.println("ingested: " + sum.line());
            }
            KhabarServer.Builder b = KhabarServer.builder().dataset(s.dataset()).port(port).adminPassword(password)
                    .queryTimeoutMillis(timeoutSeconds * 1000).maxRows(maxRows);
            if (password != null) b.writeRoute("ingest", new org.khabar.ingest.IngestServlet(Models.extractor(), s));
            try (KhabarServer server = b.start()) {
                System.out.println("Khabar SPARQL endpoint: " + server.queryUrl()
                        + (server.writable() ? " (updates enabled for 'admin')" : " (read-only: no admin password given)"));
                server.join();
            }
        }
        return Khabar.OK;
    }
}
