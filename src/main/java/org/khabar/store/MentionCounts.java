package org.khabar.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.khabar.vocab.KH;
import org.khabar.vocab.KHR;

/**
 * How many articles mention each actor or place, kept as {@code kh:articleCount} in the actors graph. Listing
 * actors by prominence then reads one value per actor instead of counting every mention of a large store. Each
 * write transaction collects the mentions it adds and removes and applies the difference before it commits;
 * a bulk load, which bypasses the write path, recounts.
 */
final class MentionCounts {
    static final Node MENTIONS = KH.mentions.asNode();
    static final Node COUNT = KH.articleCount.asNode();
    static final Node ACTORS = NodeFactory.createURI(KHR.ACTORS_GRAPH);

    private final Map<Node, Long> delta = new HashMap<>();

    /** An article graph's kh:mentions quad: one per article and actor. */
    static boolean isMention(Quad q) {
        return MENTIONS.equals(q.getPredicate()) && !q.isDefaultGraph();
    }

    void added(Quad q) { if (isMention(q)) delta.merge(q.getObject(), 1L, Long::sum); }

    void removed(Quad q) { if (isMention(q)) delta.merge(q.getObject(), -1L, Long::sum); }

    /** Applies the changes seen so far to the stored counts; call inside the write transaction. */
    void apply(DatasetGraph dsg) {
        delta.forEach((actor, d) -> { if (d != 0) set(dsg, actor, stored(dsg, actor) + d); });
        delta.clear();
    }

    /** Counts every actor again from the mentions in the store; call inside a write transaction. */
    static void recount(DatasetGraph dsg) {
        List<Quad> old = new java.util.ArrayList<>();
        dsg.find(ACTORS, Node.ANY, COUNT, Node.ANY).forEachRemaining(old::add);
        old.forEach(dsg::delete);
        Map<Node, Long> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONS, Node.ANY).forEachRemaining(q -> {
            if (isMention(q)) counts.merge(q.getObject(), 1L, Long::sum);
        });
        counts.forEach((actor, n) -> set(dsg, actor, n));
    }

    /** True when the store has mentions but no counts: made before counts were kept, or by a bulk load cut short. */
    static boolean missing(DatasetGraph dsg) {
        return !dsg.find(ACTORS, Node.ANY, COUNT, Node.ANY).hasNext() && dsg.find(Node.ANY, Node.ANY, MENTIONS, Node.ANY).hasNext();
    }

    private static long stored(DatasetGraph dsg, Node actor) {
        var it = dsg.find(ACTORS, actor, COUNT, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static void set(DatasetGraph dsg, Node actor, long n) {
        List<Quad> old = new java.util.ArrayList<>();
        dsg.find(ACTORS, actor, COUNT, Node.ANY).forEachRemaining(old::add);
        old.forEach(dsg::delete);
        if (n > 0) dsg.add(ACTORS, actor, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
