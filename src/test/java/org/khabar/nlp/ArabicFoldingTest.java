package org.khabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;

/** The fast path of folding gives exactly what the full normalisation gives. */
class ArabicFoldingTest {
    @Test
    void foldsAsDocumented() {
        assertEquals("احمد", ArabicFolding.fold("أَحْمَد"));
        assertEquals("الامم المتحده", ArabicFolding.fold("الأمم المتحدة"));
        assertEquals("مصطفي", ArabicFolding.fold("مصطفى"));
        assertEquals("antonio guterres", ArabicFolding.fold("António Guterres"));
        assertEquals("احمد", ArabicFolding.fold("\u0627\u0654\u062D\u0645\u062F"), "alef + hamza above composes first");
        assertEquals("ایران".replace('\u06CC', '\u064A'), ArabicFolding.fold("ایران"));
        String plain = "بوتين";
        assertSame(plain, ArabicFolding.fold(plain), "nothing to fold: no copy");
    }

    @Test
    void fastPathAgreesWithFullFoldingOnRealAndTrickyText() {
        List<String> tricky = List.of("\u212B", "\u01C5ab", "ÉTAT", "Zelenskyy’s", "\u0640\u0640تاريخ", "كَتَبَ\u06D6\u06E3",
                "\u0627\u0655", "\u0622\u0653", "soft\u00ADhyphen", "a\u2013b", "İstanbul", "ΑΘΗΝΑ", "ё", "\u200Cمی\u200Cخواهم");
        for (String t : tricky) assertEquals(ArabicFolding.foldFully(t), ArabicFolding.fold(t), t);
        // the two seeds and the bundled sample of Arabic and English articles
        for (String name : List.of(TestArticles.SEED_000 + ".txt", TestArticles.SEED_002 + ".txt", "corpus-sample.jsonl")) {
            String text = TestArticles.resource("/org/khabar/samples/" + name);
            for (String w : text.split("[\\s\\p{P}]+")) assertEquals(ArabicFolding.foldFully(w), ArabicFolding.fold(w), w);
        }
    }
}
