package org.khabar.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query processor with a bound on result rows: a SELECT without a LIMIT, or with a larger one, is
 * answered with at most {@code maxRows} rows, so a careless {@code SELECT *} cannot stream the whole store.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    BoundedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q = q.cloneQuery();
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }
}
