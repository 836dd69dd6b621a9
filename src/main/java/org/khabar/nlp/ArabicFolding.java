package org.khabar.nlp;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: NFC, Arabic diacritics and tatweel removed, alef/yaa/taa-marbuta variants
 * unified, Persian letters mapped to Arabic, Latin lower-cased and accents dropped. The same folding
 * is used for lexicons, gazetteers and the answer-key scorer, so that what matches is what users expect.
 */
public final class ArabicFolding {
    private ArabicFolding() {}

    /** The folded form of {@code s}; may be shorter than {@code s}. */
    public static String fold(String s) {
        // the fast path (most words: Arabic letters or plain Latin, already NFC) gives what the full one gives,
        // without normalising or case-mapping; folding every token was a fifth of Arabic extraction
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x0300) { cased |= c >= 'A'; continue; }
            // Arabic without the marks NFC composes or reorders (hamza/madda above and below, Quranic signs)
            if (c >= 0x0600 && c <= 0x06FF && (c < 0x0610 || c > 0x061A) && (c < 0x0653 || c > 0x0655) && (c < 0x06D6 || c > 0x06ED)) continue;
            return foldFully(s);
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i), f = foldChar(c);
            if (f != c && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null && f != 0) sb.append(f);
        }
        String out = sb == null ? s : sb.toString();
        if (!cased) return out;
        if (hasLatinAccent(out)) out = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return out.toLowerCase(Locale.ROOT);
    }

    /** The full folding, for text the fast path does not cover (combining marks, other scripts). */
    static String foldFully(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = foldChar(nfc.charAt(i));
            if (c != 0) sb.append(c);
        }
        // Latin accents: decompose and drop combining marks (António -> antonio).
        String out = sb.toString();
        if (hasLatinAccent(out)) {
            out = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return out.toLowerCase(Locale.ROOT);
    }

    /** One character folded, or 0 when it is dropped (diacritic, tatweel, zero-width). */
    static char foldChar(char c) {
        if (c >= '\u064B' && c <= '\u065F') return 0;   // harakat, shadda, sukun
        if (c == '\u0670' || c == '\u0640') return 0;   // superscript alef, tatweel
        if (c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u00AD') return 0;
        switch (c) {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': return '\u0627'; // hamza/madda/wasla alef -> alef
            case '\u0649': case '\u06CC': return '\u064A';                      // alef maqsura, Farsi yeh -> yeh
            case '\u0629': return '\u0647';                                       // taa marbuta -> haa
            case '\u06A9': return '\u0643';                                       // keheh -> kaf
            case '\u2013': case '\u2014': return '-';
            default: return c;
        }
    }

    private static boolean hasLatinAccent(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00C0' && c <= '\u024F') return true;
        }
        return false;
    }

    /** True for letters of the Arabic script blocks. */
    public static boolean isArabicLetter(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF && Character.isLetter(cp)) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /**
     * A folded word that opens with bi- or li- and the article, left whole by a tokenizer that does not know the rest
     * («بالمبادره», «للمشاركه»): a prepositional phrase, never part of a name.
     */
    public static boolean prepositionWithArticle(String folded) {
        return folded.length() >= 5 && (folded.startsWith("\u0628\u0627\u0644") || folded.startsWith("\u0644\u0644"));
    }
}
