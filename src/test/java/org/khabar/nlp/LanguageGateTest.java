package org.khabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.ArticleMeta;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.read.ArticleInput;

/** OpenNLP's language detector at the gate: real Arabic and English articles pass, other languages are skipped. */
class LanguageGateTest {
    private final LanguageGate gate = new LanguageGate();

    @Test
    void realArticlesOfBothLanguagesAreRecognised() throws Exception {
        // ar-snn-2015-07-24-*: six SaudiNewsNet articles; en-kremlin-67818: a Kremlin readout
        for (String file : new String[] {"/articles/unseen-ar.jsonl", "/articles/kremlin-en.jsonl"}) {
            for (ArticleInput in : TestArticles.articles(Path.of(getClass().getResource(file).toURI()))) {
                LanguageGate.Detection d = gate.detect(in.text());
                assertEquals(in.meta().lang(), d.lang(), in.meta().id());
                assertTrue(d.supported());
            }
        }
    }

    @Test
    void persianAndUrduInArabicScriptAreNotArabic() {
        // a Persian and an Urdu news sentence: the Arabic script alone must not send them through the Arabic rules
        LanguageGate.Detection fa = gate.detect("رئیس جمهور ایران روز سه‌شنبه در دیدار با وزیر امور خارجه روسیه گفت که مذاکرات هسته‌ای ادامه خواهد یافت.");
        assertFalse(fa.supported(), fa.toString());
        assertTrue(fa.lang().equals("fas") || fa.lang().equals("pes"), fa.toString());
        LanguageGate.Detection ur = gate.detect("پاکستان کے وزیر اعظم نے منگل کو کہا کہ حکومت مذاکرات جاری رکھے گی اور عوام کو ریلیف فراہم کیا جائے گا۔");
        assertEquals("urd", ur.lang());
    }

    @Test
    void tooFewLettersSayNothing() {
        assertEquals("und", gate.detect("2022-03-08 ... 12:40").lang());
    }

    @Test
    void aShortTextKeepsAPlausibleLabelButAnotherLanguageIsSkippedWhateverItsLabel() {
        // one line of a Kremlin readout is too short for the detector to be sure of English; its label decides
        String shortEnglish = "President of Russia Vladimir Putin: Colleagues, to conclude";
        assertEquals("en", TestArticles.extract("en", null, shortEnglish).lang());
        ArticleInput french = new ArticleInput(new ArticleMeta("fr1", "en", null, null, null, null, null, "fr1"),
                "Le président a déclaré mardi que les négociations continueraient à Genève avec les représentants des deux pays.");
        UnsupportedLanguageException e = assertThrows(UnsupportedLanguageException.class, () -> TestArticles.extractor().extract(french));
        assertTrue(e.getMessage().contains("'fra'"), e.getMessage());
    }
}
