package org.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.rdf.Ontology;
import org.khabar.vocab.KHR;

/** A real TDB2 store on disk: replace-not-append, whole articles only, clear refusal when locked. */
class StoreTest {
    @TempDir Path tmp;

    private Ingester.Summary ingest(KhabarStore s, List<Path> paths) {
        return Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(s)).build().run(paths);
    }

    @Test
    void reIngestingReplacesAndLeavesTheTripleCountUnchanged() throws IOException {
        List<Path> seeds = TestArticles.writeSeeds(Files.createDirectory(tmp.resolve("in")));
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            s.installOntology(Ontology.termsAndTopics());
            Ingester.Summary first = ingest(s, seeds);
            assertEquals(2, first.articles());
            long size = s.size();
            long graph = s.size(KHR.articleGraph(TestArticles.SEED_000));
            assertTrue(graph > 100, "article graph has " + graph + " quads");
            long indexed = textHits(s, "\u0627\u0644\u062D\u0648\u0627\u0631"); // the dialogue
            assertTrue(indexed >= 3, "text index entries: " + indexed);
            ingest(s, seeds);
            assertEquals(size, s.size());
            assertEquals(graph, s.size(KHR.articleGraph(TestArticles.SEED_000)));
            assertEquals(indexed, textHits(s, "\u0627\u0644\u062D\u0648\u0627\u0631"), "the text index must stay in step on re-ingest");
            s.deleteArticle(TestArticles.SEED_002);
            assertTrue(textHits(s, "\u0627\u0644\u062D\u0648\u0627\u0631") < indexed, "deleting an article removes its index entries");
        }
    }

    /** kh:articleCount of each actor against a count of the mentions themselves. */
    private static java.util.Map<String, Long> counts(KhabarStore s, boolean stored) {
        String q = stored
                ? "SELECT ?x ?n WHERE { GRAPH <" + KHR.ACTORS_GRAPH + "> { ?x <" + org.khabar.vocab.KH.articleCount.getURI() + "> ?n } }"
                : "SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a <" + org.khabar.vocab.KH.mentions.getURI() + "> ?x } } GROUP BY ?x";
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        org.khabar.query.QueryRunner.local(s.dataset(), 30_000).select(org.apache.jena.query.QueryFactory.create(q),
                rs -> rs.forEachRemaining(r -> out.put(r.getResource("x").getURI(), r.getLiteral("n").getLong())));
        return out;
    }

    @Test
    void articleCountsFollowLoadsReplacementsAndDeletes() throws IOException {
        List<Path> seeds = TestArticles.writeSeeds(Files.createDirectory(tmp.resolve("in")));
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            ingest(s, seeds);
            var counted = counts(s, false);
            assertTrue(counted.values().stream().anyMatch(n -> n == 2), "some actor is in both seeds: " + counted);
            assertEquals(counted, counts(s, true));
            ingest(s, seeds);
            assertEquals(counted, counts(s, true), "re-ingesting changes no count");
            s.deleteArticle(TestArticles.SEED_002);
            var after = counts(s, false);
            assertTrue(after.size() < counted.size());
            assertEquals(after, counts(s, true), "deleting an article lowers the counts and drops actors no article mentions");
        }
        // a store whose counts are missing (made before they were kept) gets them when opened
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            s.write(w -> {
                var old = new java.util.ArrayList<org.apache.jena.sparql.core.Quad>();
                s.dataset().find(org.apache.jena.graph.NodeFactory.createURI(KHR.ACTORS_GRAPH), org.apache.jena.graph.Node.ANY,
                        org.khabar.vocab.KH.articleCount.asNode(), org.apache.jena.graph.Node.ANY).forEachRemaining(old::add);
                old.forEach(s.dataset()::delete);
            });
            assertTrue(counts(s, true).isEmpty());
        }
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            assertEquals(counts(s, false), counts(s, true));
        }
    }

    @Test
    void aBadFileInABatchIsReportedAndTheRestLoaded() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xD8}); // truncated UTF-8
        Files.writeString(in.resolve("empty.jsonl"), "");
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            Ingester.Summary sum = ingest(s, List.of(in));
            assertEquals(2, sum.articles());
            assertEquals(2, sum.failed());
            assertTrue(s.size(KHR.articleGraph(TestArticles.SEED_002)) > 0);
        }
    }

    @Test
    void aFailingWriteLeavesNoHalfArticle() throws IOException {
        List<Path> seeds = TestArticles.writeSeeds(Files.createDirectory(tmp.resolve("in")));
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            ingest(s, seeds);
            long before = s.size();
            assertThrows(IllegalStateException.class, () -> s.write(w -> {
                w.replace(KHR.articleGraph(TestArticles.SEED_000));
                throw new IllegalStateException("disk full, say");
            }));
            assertEquals(before, s.size(), "the aborted transaction must leave the old graph whole");
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsRefusedClearly() throws Exception {
        Path db = tmp.resolve("db");
        try (KhabarStore s = KhabarStore.open(db)) {
            s.installOntology(Ontology.termsAndTopics());
        }
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.khabar.cli.Khabar", "serve", "--store", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            // wait until the child holds the lock (it prints the endpoint line once serving)
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line;
            while ((line = reader.readLine()) != null && !line.contains("SPARQL endpoint")) { /* startup output */ }
            assertTrue(line != null, "child server did not start");
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> KhabarStore.open(db));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Raw jena-text hits (no grouping) for an Arabic word in statement content. */
    static long textHits(KhabarStore s, String word) {
        String q = "PREFIX kh: <https://w3id.org/khabar/ontology#> PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { (?s ?score) text:query (kh:content \"" + word + "\" \"lang:ar\") }";
        long[] n = {0};
        org.khabar.query.QueryRunner.local(s.dataset(), 30_000).select(org.apache.jena.query.QueryFactory.create(q),
                rs -> n[0] = rs.next().getLiteral("n").getLong());
        return n[0];
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
