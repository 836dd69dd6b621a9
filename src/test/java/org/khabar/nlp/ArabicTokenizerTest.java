package org.khabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clitics are split only where the rest is a known word; offsets always point into the original text. */
class ArabicTokenizerTest {
    private static final LanguageResources AR = LanguageResources.load("ar");
    private static final Gazetteer GAZ = Gazetteer.load(AR.proclitics());
    private static final Set<String> KNOWN = new HashSet<>(AR.knownWords());
    private final ArabicTokenizer tok = new ArabicTokenizer(w -> KNOWN.contains(w) || GAZ.isNameWord(w), AR.proclitics());

    /** Readable token strings: clitic+form, for review in a diff. */
    private String show(String text) {
        return tok.tokenize(text, 0, text.length()).stream()
                .map(t -> (t.clitic().isEmpty() ? "" : t.clitic() + "+") + t.form()).collect(Collectors.joining(" "));
    }

    @Test
    void namesThatStartWithACliticLetterKeepIt() {
        // بوتين must not lose its ب, لافروف its ل, وزير its و
        assertEquals("بوتين لافروف وزير", show("بوتين لافروف وزير"));
    }

    @Test
    void aComplementizerInALexiconPhraseMakesNoSplit() {
        // «بين أن» is a speech phrase; «كان» (seed 000: «وتابع: "كان هناك استفزاز») is still one word
        assertEquals("كان هناك", show("كان هناك"));
    }

    @Test
    void cliticsBeforeKnownNamesAreSplit() {
        // seed 000: "وأضاف بوتين لغوتيريش" and "غوتيريش ولافروف في موسكو"
        assertEquals("و+اضاف بوتين ل+غوتيريش", show("وأضاف بوتين لغوتيريش"));
        assertEquals("غوتيريش و+لافروف في موسكو", show("غوتيريش ولافروف في موسكو"));
    }

    @Test
    void liPlusArticleIsRestored() {
        // corpus ar-snn-2015-07-24-733 and others: "للأمم المتحدة", "بالأمم المتحدة"
        assertEquals("ل+الامم المتحده ب+الامم المتحده", show("للأمم المتحدة بالأمم المتحدة"));
    }

    @Test
    void offsetsOfASplitTokenPointPastTheClitic() {
        String text = "قال لغوتيريش";
        Token t = tok.tokenize(text, 0, text.length()).get(1);
        assertEquals("غوتيريش", text.substring(t.start(), t.end()));
        assertEquals("ل", t.clitic());
    }

    @Test
    void latinDigitsAndMixedText() {
        assertEquals("un security council 2216 ( مجلس الامن ) 2022", show("UN Security Council 2216 (مجلس الأمن) 2022"));
        List<Token> ts = tok.tokenize("قرار 2216، U.S.", 0, 15);
        assertEquals(List.of("قرار", "2216", "،", "u", ".", "s", "."), ts.stream().map(Token::form).toList());
    }

    @Test
    void theEnglishPossessiveIsATokenOfItsOwnAndOtherApostrophesStayInTheWord() {
        // en-kremlin-68260: «Responding to Charles Michel's call for direct contact»
        String text = "Charles Michel's call, I've said";
        List<Token> ts = tok.tokenize(text, 0, text.length());
        assertEquals(List.of("charles", "michel", "'s", "call", ",", "i've", "said"), ts.stream().map(Token::form).toList());
        assertEquals("Michel", text.substring(ts.get(1).start(), ts.get(1).end()));
        assertEquals("'s", text.substring(ts.get(2).start(), ts.get(2).end()));
    }

    @Test
    void diacriticsAndTatweelAreFoldedButOffsetsKeepThem() {
        String text = "جدّد غوتيـريش";
        List<Token> ts = tok.tokenize(text, 0, text.length());
        assertEquals("جدد", ts.get(0).form());
        assertEquals("غوتيريش", ts.get(1).form());
        assertEquals("غوتيـريش", text.substring(ts.get(1).start(), ts.get(1).end()));
    }
}
