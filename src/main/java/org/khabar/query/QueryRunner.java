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

    /** The query with its parameters bound; unknown parameter names are refused. */
    public static Query bind(CannedQuery q, Map<String, String> params) {
        for (String p : params.keySet())
            if (!q.parameters().contains(p))
                throw new IllegalArgumentException("query '" + q.name() + "' has no parameter '" + p + "'"
                        + (q.parameters().isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", q.parameters()) + ")"));
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.text());
        params.forEach((k, v) -> pss.setLiteral(k + "Param", v));
        return pss.asQuery();
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
