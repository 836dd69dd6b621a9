package org.khabar.nlp.sentdetect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.khabar.lexicon.Lexicon;

/**
 * Sentence detector for news text. Whether a full stop ends a sentence («د. صبري صيدم» is a doctor, “Mr. Lavrov” a
 * minister) is decided by a trained OpenNLP {@link SentenceDetectorME}: for Arabic the model Khabar trains on the NER
 * corpus ({@link ArabicSentenceModelTrainer}), for English the one Apache OpenNLP releases. Around it, rules the
 * models do not know: no sentence ends after a listed abbreviation ({@code abbreviations.txt}, which the NER corpus
 * is too small to teach); a line break always ends a sentence; ! ? ؟ end one when followed by white space; nothing ends
 * inside an open quotation (“…”, «…», “…”), so that a quoted passage of several sentences stays with the verb that
 * introduces it (up to a bound, so an unbalanced mark cannot swallow a paragraph).
 * Not thread-safe (OpenNLP's detector is not): one per pipeline.
 */
public final class NewsSentenceDetector implements SentenceDetector {
    private static final int MAX_QUOTED = 600;

    /** The Arabic model Khabar ships, made by {@code khabar train-sentences} (see {@code sentdetect/NOTICE.md}). */
    public static final String ARABIC_MODEL = "/org/khabar/sentdetect/ar-sent.bin";
    /** Apache OpenNLP's English model (UD English-EWT), from {@code opennlp-models-sentdetect-en}. */
    public static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel ARABIC = load(ARABIC_MODEL);
        static final SentenceModel ENGLISH = load(ENGLISH_MODEL);
    }

    static SentenceModel load(String resource) {
        try (InputStream in = NewsSentenceDetector.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing sentence model " + resource);
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + resource, e);
        }
    }

    /** A detector for “ar” or “en” text, over the shipped model and the abbreviations of that language. */
    public static NewsSentenceDetector forLanguage(String lang) {
        return new NewsSentenceDetector(new SentenceDetectorME(lang.equals("en") ? Models.ENGLISH : Models.ARABIC),
                abbreviations(lang));
    }

    /** The abbreviations of {@code lexicon/LANG/abbreviations.txt}. */
    public static Set<String> abbreviations(String lang) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(lang + "/abbreviations.txt")) out.add(line.strip());
        return Set.copyOf(out);
    }

    private final SentenceDetector fullStops;
    private final Set<String> abbreviations;

    /**
     * @param fullStops the trained detector whose sentence ends decide which full stops end a sentence
     * @param abbreviations words with their full stop («د.», “Mr.”) after which no sentence ends, whatever the model says
     */
    public NewsSentenceDetector(SentenceDetector fullStops, Set<String> abbreviations) {
        this.fullStops = fullStops;
        this.abbreviations = abbreviations;
    }

    /** Whether the word that ends with the full stop at {@code dot} is a listed abbreviation. */
    private boolean isAbbreviation(CharSequence s, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1)) && s.charAt(k - 1) != '(') k--;
        return abbreviations.contains(s.subSequence(k, dot + 1).toString());
    }

    // where the model ends sentences in the line being read, as offsets into the whole text
    private final BitSet modelEnds = new BitSet();
    private int modelLineEnd = -1;

    /** Whether the model ends a sentence after the full stop at {@code dot}, at or before {@code tokenEnd}. */
    private boolean modelEnds(CharSequence s, int dot, int tokenEnd) {
        if (dot >= modelLineEnd) {
            int from = dot, to = dot;
            while (from > 0 && s.charAt(from - 1) != '\n' && s.charAt(from - 1) != '\r') from--;
            while (to < s.length() && s.charAt(to) != '\n' && s.charAt(to) != '\r') to++;
            modelEnds.clear();
            for (Span sp : fullStops.sentPosDetect(s.subSequence(from, to))) modelEnds.set(from + sp.getEnd());
            modelLineEnd = to;
        }
        int next = modelEnds.nextSetBit(dot + 1);
        return next >= 0 && next <= tokenEnd;
    }

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
        modelLineEnd = -1;
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
                // often leaves a quotation unopened («…things,“ the President said.»), and toggling would then read
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
                // «…. » وأضاف / “…done.” McAleese added: the quotation closes with its sentence, and so does ours
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
                    if (c != '.' || (!isAbbreviation(s, i) && modelEnds(s, i, j))) {
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
     * sentence: an Arabic letter, a Latin capital, or an opening mark. A lower-case word after them («“….” the
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

    private static void add(CharSequence s, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
