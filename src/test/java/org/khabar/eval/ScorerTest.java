package org.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.StoreSink;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;

/** The scorer on a tiny hand-made key whose scores are known by hand. */
class ScorerTest {
    @TempDir Path tmp;

    @Test
    void knownScoresOnATinyKey() throws IOException {
        String text = "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مهم.\nودعا غوتيريش إلى وقف إطلاق النار.";
        var doc = TestArticles.extractText("tiny", text);
        String key = """
            {"article": "tiny.txt", "lang": "ar", "published": null,
             "actors": [
               {"key": "lavrov", "en": "Sergey Lavrov", "ar": ["لافروف"], "type": "Person", "required": true},
               {"key": "guterres", "en": "António Guterres", "ar": ["غوتيريش"], "type": "Person", "required": true},
               {"key": "zelensky", "en": "Volodymyr Zelensky", "ar": ["زيلينسكي"], "type": "Person", "required": true}],
             "calls": [
               {"speaker": "guterres", "topic": "ceasefire", "required": true, "evidence": "دعا غوتيريش إلى وقف إطلاق النار"},
               {"speaker": "lavrov", "topic": "peace", "required": true, "evidence": "لا شيء"}],
             "statements": [
               {"speaker": "lavrov", "type": "Claim", "required": true, "evidence": "إن الحوار مهم"},
               {"speaker": "lavrov", "type": "Denial", "required": true, "evidence": "الحوار مهم"}],
             "meetings": [], "events": []}
            """;
        Path k = tmp.resolve("tiny.json");
        Files.writeString(k, key);
        AnswerKey answer = AnswerKey.read(k);
        assertEquals("tiny", answer.article());
        try (KhabarStore store = KhabarStore.inMemory()) {
            store.installOntology(Ontology.termsAndTopics());
            new StoreSink(store).accept(List.of(doc));
            Scorer scorer = new Scorer(null);
            Map<String, Score> s = scorer.score(store.dataset(), answer);
            // actors: 2 of 3 required found; extracted Lavrov, Guterres, Russia (role) -> 2 of 3 match
            assertEquals(2, s.get("actors").requiredFound);
            assertEquals(3, s.get("actors").required);
            assertEquals(2.0 / 3, s.get("actors").recall(), 1e-9);
            // calls: the ceasefire call found, the invented peace call missed; one row, matching
            assertEquals(0.5, s.get("calls").recall(), 1e-9);
            assertEquals(1.0, s.get("calls").precision(), 1e-9);
            // statements: the claim matches, the denial is missed; two rows (claim, call), the call matches nothing
            assertEquals(0.5, s.get("statements").recall(), 1e-9);
            assertEquals(0.5, s.get("statements").precision(), 1e-9);
            assertEquals(2 * 0.5 * 0.5 / 1.0, s.get("statements").f1(), 1e-9);
        }
    }

    @Test
    void evidenceOverlapIsSixtyPercentOfTheKeyWords() {
        assertTrue(Scorer.overlaps("قال إن الحوار ضروري جدا", "إن الحوار ضروري الآن هنا"));   // 3 of 5
        assertFalse(Scorer.overlaps("قال إن الحوار", "إن الحوار ضروري الآن هنا"));          // 2 of 5
    }
}
