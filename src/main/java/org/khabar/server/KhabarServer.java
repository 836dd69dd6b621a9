package org.khabar.server;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL service: Fuseki main on the loopback interface, dataset {@code /khabar} with {@code sparql} and
 * {@code query} (SPARQL query) and {@code data} (Graph Store Protocol). Update and graph writes exist only when
 * an admin password is given, and then only behind HTTP Basic auth. Knows nothing of NLP.
 */
public final class KhabarServer implements AutoCloseable {
    public static final String DATASET = "/khabar";

    private final FusekiServer fuseki;
    private final boolean writable;

    private KhabarServer(FusekiServer fuseki, boolean writable) {
        this.fuseki = fuseki;
        this.writable = writable;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private String password;
        private long timeoutMillis = 30_000;
        private long maxRows = 100_000;
        private boolean cors = true;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> writeRoutes = new java.util.LinkedHashMap<>();

        public Builder dataset(DatasetGraph d) { this.dataset = d; return this; }
        /** 0 picks a free port. */
        public Builder port(int p) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port out of range: " + p);
            this.port = p;
            return this;
        }
        /** The admin password; null or blank means no write endpoint at all. */
        public Builder adminPassword(String p) { this.password = p == null || p.isBlank() ? null : p; return this; }
        public Builder queryTimeoutMillis(long ms) { this.timeoutMillis = ms; return this; }
        public Builder cors(boolean c) { this.cors = c; return this; }
        /**
         * An extra write route under the dataset (e.g. “ingest” → /khabar/ingest), started only with an admin
         * password and behind its check: the server composes such services, it does not know what they do.
         */
        public Builder writeRoute(String name, jakarta.servlet.http.HttpServlet servlet) {
            writeRoutes.put(name, servlet);
            return this;
        }
        /** Most rows a SELECT answers with (a larger or missing LIMIT is lowered to it). */
        public Builder maxRows(long n) {
            if (n < 1) throw new IllegalArgumentException("maxRows must be positive");
            this.maxRows = n;
            return this;
        }

        public KhabarServer start() {
            Objects.requireNonNull(dataset, "dataset");
            // the time bound is set on each query endpoint's context: a dataset-wide setting is not always honoured
            Context bounds = new Context();
            bounds.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService.Builder service = DataService.newBuilder(dataset);
            for (String name : new String[] {"sparql", "query"})
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .processor(new BoundedQuery(maxRows)).context(bounds).build());
            FusekiServer.Builder b = FusekiServer.create().port(port).loopback(true).enableCors(cors, null);
            if (password != null) {
                service.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
                b.addFilter(DATASET + "/*", new AdminAuthFilter(password));
                writeRoutes.forEach((name, servlet) -> b.addServlet(DATASET + "/" + name, servlet));
            } else {
                service.addEndpoint(Operation.GSP_R, "data");
            }
            FusekiServer server = b.add(DATASET, service.build()).build();
            server.start();
            return new KhabarServer(server, password != null);
        }
    }

    public int port() { return fuseki.getHttpPort(); }
    public String baseUrl() { return "http://localhost:" + port() + DATASET; }
    public String queryUrl() { return baseUrl() + "/sparql"; }
    public boolean writable() { return writable; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }
}
