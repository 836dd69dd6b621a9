package org.khabar.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Arabic and Latin tokenizer. Words are runs of letters, digits and marks; every other visible character
 * is a token of its own. A proclitic is split off only when what remains is a known word (a name, title
 * or lexicon entry): «بوتين» keeps its ب, «لافروف» its ل, but «ولافروف» becomes و + لافروف.
 */
public final class ArabicTokenizer implements WordTokenizer {
    private static final String ARTICLE = ArabicFolding.fold("\u0627\u0644");      // the article al-
    private static final String LAM_ARTICLE = ArabicFolding.fold("\u0644\u0644");  // li + al- written as two lams

    private final Predicate<String> known;
    private final List<String> proclitics;
    private final boolean splitFirst;

    /**
     * @param known tells whether a folded word is known (gazetteer, titles, lexicons)
     * @param proclitics proclitic combinations to try, longest first (data file {@code ar/proclitics.txt})
     */
    public ArabicTokenizer(Predicate<String> known, List<String> proclitics) {
        this(known, proclitics, false);
    }

    /**
     * @param splitFirst split whenever the rest is known, even if the whole word is known too; for tokenizing
     *                   gazetteer names against their own vocabulary, where «للأمم» and «الأمم» both occur
     */
    public ArabicTokenizer(Predicate<String> known, List<String> proclitics, boolean splitFirst) {
        this.known = known;
        this.proclitics = proclitics.stream().map(ArabicFolding::fold).toList();
        this.splitFirst = splitFirst;
    }

    /** The pipeline's tokenizer: a clitic is split off where the rest is a word of the lexicons or of a gazetteer name. */
    public static ArabicTokenizer over(LanguageResources res, Gazetteer gazetteer) {
        java.util.Set<String> known = res.knownWords();
        return new ArabicTokenizer(w -> known.contains(w) || gazetteer.isNameWord(w), res.proclitics());
    }

    /** A tokenizer that never splits clitics: for names and lexicon entries. */
    public static ArabicTokenizer plain() {
        return new ArabicTokenizer(w -> true, List.of());
    }

    @Override
    public List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                i += n;
                continue;
            }
            if (isWordChar(cp)) {
                int j = i;
                while (j < end) {
                    int c2 = text.codePointAt(j);
                    if (!isWordChar(c2) && !(c2 == '\'' && j + 1 < end && isLatinLetter(text.codePointAt(j + 1)) && j > i)) break;
                    j += Character.charCount(c2);
                }
                addWord(text, i, j, out);
                i = j;
            } else {
                out.add(new Token(i, i + n, ArabicFolding.fold(text.substring(i, i + n)), ""));
                i += n;
            }
        }
        return out;
    }

    private void addWord(String text, int s, int e, List<Token> out) {
        String form = ArabicFolding.fold(text.substring(s, e));
        if (form.isEmpty()) return;
        // the English possessive is a token of its own, so that “Michel's call” names Charles Michel
        if (form.length() > 3 && form.endsWith("'s") && isLatinLetter(form.codePointAt(0))) {
            out.add(new Token(s, e - 2, form.substring(0, form.length() - 2), ""));
            out.add(new Token(e - 2, e, "'s", ""));
            return;
        }
        if ((splitFirst || !known.test(form)) && ArabicFolding.isArabicLetter(form.codePointAt(0))) {
            for (String p : proclitics) {
                if (form.length() - p.length() < 2 || !form.startsWith(p)) continue;
                String rest = form.substring(p.length());
                String clitic = p;
                if (p.endsWith(LAM_ARTICLE)) { rest = ARTICLE + rest; clitic = p.substring(0, p.length() - 1); }
                else if (p.endsWith(ARTICLE)) { rest = ARTICLE + rest; clitic = p.substring(0, p.length() - 2); }
                if (!known.test(rest)) continue;
                out.add(new Token(offsetAfterLetters(text, s, e, clitic.length()), e, rest, clitic));
                return;
            }
        }
        out.add(new Token(s, e, form, ""));
    }

    /** Offset in the original text after {@code letters} base letters (diacritics belong to their letter). */
    private static int offsetAfterLetters(String text, int s, int e, int letters) {
        int i = s, seen = 0;
        while (i < e && seen < letters) {
            if (ArabicFolding.foldChar(text.charAt(i)) != 0) seen++;
            i++;
            while (i < e && ArabicFolding.foldChar(text.charAt(i)) == 0) i++;
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || cp == '\u0640';
    }

    private static boolean isLatinLetter(int cp) {
        return cp < 0x0250 && Character.isLetter(cp);
    }
}
