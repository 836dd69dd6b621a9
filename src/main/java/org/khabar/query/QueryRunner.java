package org.khabar.query;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL SELECT against a local store or a remote endpoint. Parameters are bound with
 * {@link ParameterizedSparqlString} as literals, never spliced in as text.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final String endpoint;
    private final long timeoutMillis;

    private QueryRunner(DatasetGraph dataset, String endpoint, long timeoutMillis) {
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.timeoutMillis = timeoutMillis;
    }

    public static QueryRunner local(DatasetGraph dataset, long timeoutMillis) {
        return new QueryRunner(Objects.requireNonNull(dataset), null, timeoutMillis);
    }

    public static QueryRunner remote(String endpoint, long timeoutMillis) {
        return new QueryRunner(null, Objects.requireNonNull(endpoint), timeoutMillis);
    }

    /** Most rows a query reads from the full-text index per field when no page is asked for. */
    public static final long MAX_HITS = 100_000;

    /** The query with its parameters bound; unknown parameter names are refused. */
    public static Query bind(CannedQuery q, Map<String, String> params) {
        return bind(q, params, -1, 0);
    }

    /**
     * The query with its parameters bound, cut to one page: {@code limit} keys (all when negative) after the first
     * {@code offset}. Where the query's WHERE clause starts with a sub-select, as every canned query does with the
     * keys of its rows (statements, meetings, events, actors), the page is cut there, before the rest is looked up,
     * so that a page costs the same on a store of any size; the page holds every row of its keys, in the query's
     * order. Without such a sub-select the rows themselves are cut. A {@code hits} parameter, the number of best
     * matches read from the full-text index, is set from the page unless given.
     */
    public static Query bind(CannedQuery q, Map<String, String> params, long limit, long offset) {
        if (offset < 0) throw new IllegalArgumentException("the offset must not be negative");
        for (String p : params.keySet())
            if (!q.parameters().contains(p))
                throw new IllegalArgumentException("query '" + q.name() + "' has no parameter '" + p + "'"
                        + (q.parameters().isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", q.parameters()) + ")"));
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.text());
        params.forEach((k, v) -> {
            if (k.equals(HITS)) pss.setLiteral(k + "Param", hits(v));
            else pss.setLiteral(k + "Param", v);
        });
        if (q.parameters().contains(HITS) && !params.containsKey(HITS))
            pss.setLiteral(HITS + "Param", limit < 0 ? MAX_HITS : Math.min(MAX_HITS, Math.max(1, offset + limit)));
        Query query = pss.asQuery();
        if (limit < 0 && offset == 0) return query;
        Query target = query.getQueryPattern() instanceof ElementGroup g && !g.getElements().isEmpty()
                && g.getElements().get(0) instanceof ElementSubQuery sub ? sub.getQuery() : query;
        if (limit >= 0) target.setLimit(limit);
        if (offset > 0) target.setOffset(offset);
        return query;
    }

    private static final String HITS = "hits";

    private static long hits(String v) {
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) { /* refused below */ }
        throw new IllegalArgumentException("the parameter 'hits' must be a positive whole number, not '" + v + "'");
    }

    /** Runs {@code query} and hands the live result set to {@code reader} (inside a read transaction for a local store). */
    public void select(Query query, Consumer<ResultSet> reader) {
        if (!query.isSelectType()) throw new IllegalArgumentException("only SELECT queries are run here");
        if (dataset != null) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query)
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    reader.accept(qe.execSelect());
                }
            });
        } else {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                reader.accept(qe.execSelect());
            }
        }
    }
}
