package org.khabar.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.khabar.TestArticles;
import org.khabar.export.Exporter;
import org.khabar.store.KhabarStore;
import org.khabar.vocab.KHR;

/** Every export format parses back to the same RDF: the whole store, and one graph. */
class ExportRoundTripTest {
    @TempDir static Path tmp;
    static KhabarStore store;

    @BeforeAll
    static void load() throws IOException {
        store = TestArticles.seedStore(tmp);
    }

    @AfterAll
    static void close() { store.close(); }

    private static byte[] export(Exporter ex, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ex.export(store.dataset(), graph, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Exporter.class)
    void wholeStoreRoundTrips(Exporter ex) {
        byte[] bytes = export(ex, null);
        DatasetGraph dsg = store.dataset();
        if (isQuads(ex)) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(ex.format().getLang()).parse(back);
            assertTrue(Txn.calculateRead(dsg, () -> IsoMatcher.isomorphic(dsg, back)), ex + " quads differ");
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(ex.format().getLang()).parse(back);
            assertTrue(Txn.calculateRead(dsg, () -> IsoMatcher.isomorphic(dsg.getUnionGraph(), back)), ex + " triples differ");
        }
    }

    @ParameterizedTest
    @EnumSource(Exporter.class)
    void oneGraphRoundTrips(Exporter ex) {
        String g = KHR.articleGraph(TestArticles.SEED_002);
        byte[] bytes = export(ex, g);
        DatasetGraph dsg = store.dataset();
        Graph expected = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).find().forEachRemaining(copy::add);
            return copy;
        });
        Graph back = GraphFactory.createDefaultGraph();
        if (isQuads(ex)) {
            DatasetGraph d = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(ex.format().getLang()).parse(d);
            d.find().forEachRemaining(q -> back.add(q.asTriple()));
        } else {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(ex.format().getLang()).parse(back);
        }
        assertTrue(expected.size() > 100);
        assertTrue(IsoMatcher.isomorphic(expected, back), ex + " graph differs");
    }

    private static boolean isQuads(Exporter ex) {
        return ex == Exporter.NQ || ex == Exporter.TRIG || ex == Exporter.JSONLD;
    }
}
