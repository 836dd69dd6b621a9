package org.khabar.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech phrases with a few words of their own inside: an entry of {@code speech-verbs.tsv} written with “…”
 * (“went into … detail about” reads “went into equally great detail about”). The gap holds up to three words and no
 * punctuation, so a phrase never runs across a clause.
 */
public final class GappedPhrases {
    /** The mark of a gap in a data file's entry. */
    static final String GAP = "\u2026";
    private static final int MAX_GAP = 3;

    private record Entry(String[] before, String[] after, SpeechAct act) {}

    private final List<Entry> entries = new ArrayList<>();

    /** An entry's folded tokens joined by spaces, one of them the gap mark. */
    void add(String phrase, SpeechAct act) {
        int at = phrase.indexOf(GAP);
        String before = phrase.substring(0, at).strip(), after = phrase.substring(at + GAP.length()).strip();
        entries.add(new Entry(before.split(" "), after.split(" "), act));
    }

    /** The act of a gapped phrase starting at token {@code i}, its length in tokens in {@code len[0]}; or null. */
    public SpeechAct match(List<Token> toks, int i, int[] len) {
        for (Entry e : entries) {
            if (!at(toks, i, e.before())) continue;
            int from = i + e.before().length;
            for (int gap = 0; gap <= MAX_GAP && from + gap <= toks.size(); gap++) {
                if (gap > 0 && !Character.isLetter(toks.get(from + gap - 1).form().codePointAt(0))) break;
                if (at(toks, from + gap, e.after())) {
                    len[0] = from + gap + e.after().length - i;
                    return e.act();
                }
            }
        }
        return null;
    }

    private static boolean at(List<Token> toks, int i, String[] words) {
        if (i + words.length > toks.size()) return false;
        for (int k = 0; k < words.length; k++) if (!toks.get(i + k).form().equals(words[k])) return false;
        return true;
    }
}
