package org.khabar.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Rule-based sentence detector for news text, behind OpenNLP's {@link SentenceDetector} interface so that a
 * trained {@code SentenceDetectorME} can take its place. A line break always ends a sentence; . ! ? ؟ end one
 * when followed by white space, except inside an open quotation ("…", «…», “…”), so that a quoted passage
 * of several sentences stays with the verb that introduces it (up to a bound, so an unbalanced mark cannot
 * swallow a paragraph).
 */
public final class ArabicSentenceSplitter implements SentenceDetector {
    private static final int MAX_QUOTED = 600;

    @Override
    public String[] sentDetect(CharSequence s) {
        Span[] spans = sentPosDetect(s);
        String[] out = new String[spans.length];
        for (int i = 0; i < spans.length; i++) out[i] = spans[i].getCoveredText(s).toString();
        return out;
    }

    @Override
    public Span[] sentPosDetect(CharSequence s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        boolean inStraight = false;
        int guillemets = 0, curly = 0, quoteOpenedAt = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                add(s, start, i, out);
                start = i + 1;
                inStraight = false; guillemets = 0; curly = 0; quoteOpenedAt = -1;
                continue;
            }
            if (c == '"') {
                // a straight quote after a space opening a word opens, one after a word or comma closes: the press
                // often leaves a quotation unopened («…things," the President said.»), and toggling would then read
                // the rest of the paragraph as quoted
                boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
                boolean spaceAfter = i + 1 >= n || Character.isWhitespace(s.charAt(i + 1));
                inStraight = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : !inStraight;
                if (inStraight) quoteOpenedAt = i;
            }
            else if (c == '«') { guillemets++; quoteOpenedAt = i; }
            else if (c == '»') guillemets = Math.max(0, guillemets - 1);
            else if (c == '“') { curly++; quoteOpenedAt = i; }
            else if (c == '”') curly = Math.max(0, curly - 1);
            boolean quoted = (inStraight || guillemets > 0 || curly > 0) && i - quoteOpenedAt < MAX_QUOTED;
            if (quoted && isEnd(c) && closesAndNewSentence(s, i + 1)) {
                // «…. » وأضاف / "…done." McAleese added: the quotation closes with its sentence, and so does ours
                int j = i + 1;
                while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                add(s, start, j, out);
                start = j;
                i = j - 1;
                inStraight = false; guillemets = 0; curly = 0; quoteOpenedAt = -1;
                continue;
            }
            if (isEnd(c) && !quoted) {
                int j = i + 1;
                while (j < n && (s.charAt(j) == '.' || s.charAt(j) == '!' || s.charAt(j) == '?' || s.charAt(j) == '\u061F'
                        || s.charAt(j) == '"' || s.charAt(j) == '»' || s.charAt(j) == '”' || s.charAt(j) == ')')) j++;
                if (j >= n || Character.isWhitespace(s.charAt(j))) {
                    if (!isAbbreviation(s, start, i)) {
                        add(s, start, j, out);
                        start = j;
                        i = j - 1;
                    }
                }
            }
        }
        add(s, start, n, out);
        return out.toArray(new Span[0]);
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F';
    }

    /**
     * Whether closing quotation marks (only those) start at {@code from}, then white space, then what begins a
     * sentence: an Arabic letter, a Latin capital, or an opening mark. A lower-case word after them («"…." the
     * minister said») is the attribution of the quotation, in the same sentence.
     */
    private static boolean closesAndNewSentence(CharSequence s, int from) {
        int n = s.length(), j = from;
        while (j < n && (s.charAt(j) == '"' || s.charAt(j) == '\u00BB' || s.charAt(j) == '\u201D')) j++;
        if (j == from || j >= n || s.charAt(j) != ' ') return false;
        while (j < n && s.charAt(j) == ' ') j++;
        if (j >= n) return false;
        char c = s.charAt(j);
        return Character.isUpperCase(c) || c == '"' || c == '\u00AB' || c == '\u201C'
                || (c >= '\u0620' && c <= '\u064A');
    }

    /** A Latin initial or a short Latin abbreviation before a dot ("U.S.", "Mr.") does not end a sentence. */
    private static boolean isAbbreviation(CharSequence s, int start, int dot) {
        if (s.charAt(dot) != '.') return false;
        int k = dot - 1;
        while (k >= start && Character.isLetter(s.charAt(k)) && s.charAt(k) < 0x0250) k--;
        int len = dot - 1 - k;
        if (len == 0) return false;
        if (len == 1 && Character.isUpperCase(s.charAt(dot - 1))) return true;
        String w = s.subSequence(k + 1, dot).toString();
        return switch (w) { case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Gen", "Sen", "Rep", "Lt", "Col", "Prof", "No", "vs" -> true; default -> false; };
    }

    private static void add(CharSequence s, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
