package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;
import org.khabar.read.ArticleInput;

/**
 * Six SaudiNewsNet articles never used for tuning (src/test/resources/articles/unseen-ar.jsonl): extraction runs,
 * finds speakers, and every fact's evidence is a real sentence of the article's cleaned text.
 */
class UnseenArticlesTest {
    @Test
    void extractionGeneralises() throws Exception {
        Path file = Path.of(getClass().getResource("/articles/unseen-ar.jsonl").toURI());
        List<ArticleInput> inputs = TestArticles.articles(file);
        assertEquals(6, inputs.size());
        int statements = 0, speakersKnown = 0;
        for (ArticleInput in : inputs) {
            Document d = TestArticles.extract(in);
            assertEquals("ar", d.lang());
            for (Statement s : d.statements()) {
                statements++;
                // identified: a gazetteer actor, or a person the article introduces with a title (a police chief, an EU commissioner)
                if (s.speaker().wikidata() != null || s.speaker().labelEn() != null
                        || d.roles().stream().anyMatch(r -> r.person().equals(s.speaker()))) speakersKnown++;
                String ev = d.covered(s.evidence().sentenceStart(), s.evidence().sentenceEnd());
                assertTrue(d.text().contains(ev));
                assertTrue(s.evidence().anchor() >= s.evidence().sentenceStart() && s.evidence().anchor() < s.evidence().sentenceEnd());
                assertTrue(s.confidence() > 0 && s.confidence() <= 1);
            }
        }
        assertTrue(statements >= 15, "statements: " + statements);
        assertTrue(speakersKnown * 2 >= statements, "most speakers should be identified: " + speakersKnown + "/" + statements);
    }

    @Test
    void anUnsupportedLanguageIsSkippedWithAReason() {
        var in = new ArticleInput(new org.khabar.doc.ArticleMeta("fr1", null, null, null, null, null, null, "fr1"),
                "Le président a déclaré mardi que les négociations continueraient à Genève avec les représentants des deux pays.");
        UnsupportedLanguageException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedLanguageException.class,
                () -> TestArticles.extractor().extract(in));
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }
}
