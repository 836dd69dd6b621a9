package org.khabar.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicContextFeaturesTest {
    private final ArabicContextFeatures features = (ArabicContextFeatures) new ArabicContextFeaturesFactory().create();

    private List<String> at(String[] tokens, int i) {
        List<String> out = new ArrayList<>();
        features.createFeatures(out, tokens, i, new String[i]);
        return out;
    }

    @Test
    void aNameAfterTitleAndNationalityIsSeenSo() {
        // ar-ant-JA-internationalNews-1026-20170601: «قال الرئيس الأمريكي دونالد ترامب يوم الخميس إن ...»
        String[] s = {"قال", "الرئيس", "الأمريكي", "دونالد", "ترامب", "يوم"};
        List<String> f = at(s, 3);
        assertTrue(f.contains("pc=N"), f.toString());
        assertTrue(f.contains("pc2=TN"), f.toString());
        assertTrue(at(s, 1).contains("pc=S"), "a speech verb before the title: " + at(s, 1));
        assertTrue(at(s, 0).contains("pc=B"));
        assertTrue(at(s, 5).contains("nc=E"));
    }

    @Test
    void theStemLosesItsProcliticOnlyWhenTheRestIsKnown() {
        String[] s = {"ولافروف", "بوتين", "وزير"};
        assertTrue(at(s, 0).contains("cl=\u0648"), at(s, 0).toString());
        assertTrue(at(s, 0).stream().anyMatch(x -> x.startsWith("st=") && !x.startsWith("st=\u0648")));
        assertFalse(at(s, 1).stream().anyMatch(x -> x.startsWith("cl=")), "Putin keeps his ba");
        assertFalse(at(s, 2).stream().anyMatch(x -> x.startsWith("cl=")), "a minister keeps his waw");
        assertTrue(at(s, 2).contains("c=T"));
    }

    @Test
    void aNewSentenceIsNotReadFromTheLastOnesCache() {
        at(new String[] {"قال", "بوتين"}, 1);
        assertTrue(at(new String[] {"وزير", "بوتين"}, 1).contains("pc=T"));
    }

    @Test
    void aGivenNameBeforeAWordNewToTheModelLooksLikeAPerson() {
        // ar-snn-2015-08-06-338: «أكد نائب رئيس الائتلاف السوري هشام مروة لـ«الشرق الأوسط»»
        String[] s = {"وأكد", "نائب", "رئيس", "الائتلاف", "السوري", "هشام", "مروة"};
        assertTrue(at(s, 5).contains("c=F"), at(s, 5).toString());
        assertTrue(at(s, 6).contains("pcc=FU"), "given name, then a word rare in the training data: " + at(s, 6));
        assertTrue(at(s, 5).contains("cnc=FU"), at(s, 5).toString());
        // same article: «متجاهلة هذا الكم من الشهداء والدمار»
        assertTrue(at(new String[] {"من", "الشهداء"}, 1).contains("c=O"), "a common word");
        // a proclitic the tokenizer left on, since it does not know the surname: «وعمران» is still a given name
        assertTrue(at(new String[] {"هايل", "وعمران"}, 1).contains("c=F"));
    }

    @Test
    void headsOfOrganisationAndPlaceNamesAreMarked() {
        // ar-snn-2015-08-04-151: «بين اللجنة العليا للإغاثة ومركز الملك سلمان للإغاثة»
        String[] s = {"للإغاثة", "ومركز", "الملك", "سلمان"};
        assertTrue(at(s, 2).contains("pc=R"), at(s, 2).toString());
        assertTrue(at(new String[] {"في", "مدينة", "حلب"}, 2).contains("pc=L"));
    }
}
