package org.khabar.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.TestArticles;
import org.khabar.doc.Document;
import org.khabar.vocab.KHR;

/**
 * The RDF of each seed article equals its golden TriG file by graph isomorphism, and satisfies the SHACL shapes.
 * After a deliberate change to extraction, regenerate a golden file with
 * {@code java -jar target/khabar.jar extract src/main/resources/org/khabar/samples/ID.txt -o src/test/resources/golden/ID.trig}
 * and review the diff.
 */
class GoldenRdfTest {
    static DatasetGraph extracted(String id) {
        Document d = TestArticles.extract(TestArticles.seed(id));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        RdfMapper.map(d, sink);
        return dsg;
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.SEED_000, TestArticles.SEED_002})
    void matchesGoldenFile(String id) {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(TestArticles.resource("/golden/" + id + ".trig").getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TRIG).parse(expected);
        DatasetGraph actual = extracted(id);
        Set<String> graphs = new TreeSet<>();
        actual.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(Set.of(KHR.articleGraph(id), KHR.ACTORS_GRAPH), graphs);
        assertTrue(IsoMatcher.isomorphic(expected, actual), "extracted RDF differs from golden/" + id + ".trig");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.SEED_000, TestArticles.SEED_002})
    void satisfiesTheShapes(String id) {
        assertConforms(extracted(id));
    }

    private static void assertConforms(DatasetGraph dsg) {
        var union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        Ontology.termsAndTopics().find().forEachRemaining(union::add);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.load(Ontology.SHAPES)), union);
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.SEED_000, TestArticles.SEED_002})
    void offsetsSelectTheEvidenceInCodePoints(String id) {
        Document d = TestArticles.extract(TestArticles.seed(id));
        DatasetGraph dsg = extracted(id);
        String text = d.text();
        var kh = "https://w3id.org/khabar/ontology#";
        dsg.find(null, null, org.apache.jena.graph.NodeFactory.createURI(kh + "evidence"), null).forEachRemaining(q -> {
            var s = q.getSubject();
            var start = dsg.find(null, s, org.apache.jena.graph.NodeFactory.createURI(kh + "charStart"), null).next().getObject();
            var end = dsg.find(null, s, org.apache.jena.graph.NodeFactory.createURI(kh + "charEnd"), null).next().getObject();
            int a = Integer.parseInt(start.getLiteralLexicalForm()), b = Integer.parseInt(end.getLiteralLexicalForm());
            String cut = text.substring(text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b));
            assertEquals(q.getObject().getLiteralLexicalForm(), cut);
        });
    }

    @org.junit.jupiter.api.Test
    void aJointActIsOneStatementPerPartyEachWithOneSpeaker() {
        // ar-snn-2015-07-25-120: «أعلن كل من X و Y» — two statements at one verb must not merge into one node
        Document d = TestArticles.extract(new org.khabar.read.ArticleInput(new org.khabar.doc.ArticleMeta("joint", "ar", null,
                "2015-07-25", null, null, null, "t"), "أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة"
                + " والثورة السورية»، أمس، التوصّل إلى «خارطة طريق» لإنقاذ سوريا."));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RdfMapper.map(d, StreamRDFLib.dataset(dsg));
        var speaker = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/khabar/ontology#speaker");
        Set<String> statements = new TreeSet<>();
        dsg.find(null, null, speaker, null).forEachRemaining(q -> statements.add(q.getSubject().getURI()));
        assertEquals(Set.of(KHR.statement("joint", 0), KHR.statement("joint", 0, 2)), statements);
        for (String st : statements) {
            assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(dsg.find(null, org.apache.jena.graph.NodeFactory.createURI(st), speaker, null)));
        }
        assertConforms(dsg);
    }
}
