package org.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;

/** An Arabic and an English article naming Putin: one actor IRI, labels in both languages, one query for both. */
class CrossLanguageTest {
    @TempDir Path tmp;

    @Test
    void oneActorAcrossLanguages() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        TestArticles.copyResource("/articles/kremlin-en.jsonl", in);
        try (KhabarStore store = KhabarStore.open(tmp.resolve("db"))) {
            store.installOntology(Ontology.termsAndTopics());
            Ingester.Summary sum = Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(store)).build().run(List.of(in));
            assertEquals(3, sum.articles());
            QueryRunner runner = QueryRunner.local(store.dataset(), 30_000);
            List<QuerySolution> actors = new ArrayList<>();
            runner.select(QueryRunner.bind(CannedQuery.named("actors"), Map.of()), rs -> rs.forEachRemaining(actors::add));
            QuerySolution putin = actors.stream().filter(r -> r.get("wikidata") != null && r.get("wikidata").asLiteral().getLexicalForm().equals("Q7747"))
                    .findFirst().orElseThrow();
            assertEquals("https://w3id.org/khabar/id/actor/vladimir-putin", putin.get("actor").asResource().getURI());
            assertEquals(3, putin.get("articles").asLiteral().getInt());
            assertEquals("Vladimir Putin", putin.get("labelEn").asLiteral().getLexicalForm());
            assertEquals("فلاديمير بوتين", putin.get("labelAr").asLiteral().getLexicalForm());

            Set<String> langs = new TreeSet<>();
            runner.select(QueryRunner.bind(CannedQuery.named("statements"), Map.of("speaker", "Putin")),
                    rs -> rs.forEachRemaining(r -> langs.add(r.get("evidence").asLiteral().getLanguage())));
            assertEquals(Set.of("ar", "en"), langs);
            assertTrue(actors.stream().filter(r -> r.get("actor").asResource().getURI().endsWith("/vladimir-putin")).count() == 1);
        }
    }
}
