package org.khabar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.query.ResultFormat;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a canned query (calls-for, statements, meetings, events, actors, quotes-about) or a .rq file",
                "against the store or any SPARQL endpoint. Parameters are bound as literals, never spliced into the text."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A canned query name.")
    String name;

    @Option(names = "--file", paramLabel = "Q.rq", description = "A SPARQL SELECT query file instead of a canned query.")
    Path file;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: khabar-data).") Path store;
        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL query endpoint instead of a store.") String endpoint;
    }

    @ArgGroup(exclusive = true) Target target = new Target();

    @Option(names = {"-p", "--param"}, paramLabel = "k=v", description = "A parameter of the query (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds before the query is cut off (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "-1",
            description = {"Only a page of N keys: statements, meetings or events for the canned queries (every row of each),",
                    "rows otherwise. Pages follow the store's own order and are sorted within (default: everything, sorted)."})
    long limit;

    @Option(names = "--offset", paramLabel = "K", defaultValue = "0", description = "With --limit: the page that starts after the first K keys.")
    long offset;

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt = ResultFormat.of(format);
        CannedQuery q;
        if (file != null) {
            q = CannedQuery.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } else if (name != null) {
            q = CannedQuery.named(name);
            if (q == null) throw new IllegalArgumentException("no canned query '" + name + "' (there are: " + String.join(", ", CannedQuery.NAMES) + ")");
        } else {
            throw new IllegalArgumentException("give a canned query name or --file Q.rq");
        }
        Query query;
        try {
            query = QueryRunner.bind(q, params, limit, offset);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("malformed SPARQL in " + q.name() + ": " + e.getMessage());
        }
        long ms = timeoutSeconds * 1000;
        if (target.endpoint != null) {
            QueryRunner.remote(target.endpoint, ms).select(query, rs -> fmt.write(rs, System.out));
            return Khabar.OK;
        }
        Path dir = target.store != null ? target.store : Path.of("khabar-data");
        if (!Files.isDirectory(dir)) throw new Khabar.UserError("no store at " + dir + " (run 'khabar ingest' first, or give --store)");
        try (KhabarStore s = KhabarStore.open(dir)) {
            QueryRunner.local(s.dataset(), ms).select(query, rs -> fmt.write(rs, System.out));
        }
        return Khabar.OK;
    }
}
