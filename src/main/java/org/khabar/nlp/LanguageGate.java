package org.khabar.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.khabar.lexicon.Lexicon;

/**
 * Decides the language of a text among those Khabar reads. Arabic script is Arabic (Persian and Urdu letters
 * in a mostly Arabic text are tolerated, as in bylines); Latin script is English only when enough of its
 * words are English function words. Anything else is "und" (unsupported).
 */
public final class LanguageGate {
    private final Set<String> englishWords = new HashSet<>();

    public LanguageGate() {
        for (String w : Lexicon.lines("en/function-words.txt")) englishWords.add(w.strip().toLowerCase(Locale.ROOT));
    }

    public String detect(String text) {
        int arabic = 0, latin = 0, letters = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (ArabicFolding.isArabicLetter(cp)) arabic++;
            else if (cp < 0x0250) latin++;
        }
        if (letters < 20) return "und";
        if (arabic * 2 > letters) return "ar";
        if (latin * 2 > letters) {
            int words = 0, hits = 0;
            for (String w : text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (w.isEmpty()) continue;
                words++;
                if (englishWords.contains(w)) hits++;
            }
            return words > 0 && hits * 100 / words >= 15 ? "en" : "und";
        }
        return "und";
    }
}
