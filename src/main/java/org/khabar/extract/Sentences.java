package org.khabar.extract;

import java.util.List;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/** Small helpers over one sentence's tokens and mentions, shared by the stages. */
final class Sentences {
    private Sentences() {}

    /** The mention starting at token {@code i}, or null. */
    static Mention mentionAt(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.tokenStart() == i) return m;
        return null;
    }

    /** The mention covering token {@code i}, or null. */
    /** The first mention of an actor that can speak (an agent) ending right before token {@code end}; or null. */
    static Mention agentEndingAt(List<Mention> ms, int end) {
        for (Mention m : ms) if (m.tokenEnd() == end && m.agent() != null) return m;
        return null;
    }

    static Mention mentionCovering(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.tokenStart() <= i && i < m.tokenEnd()) return m;
        return null;
    }

    /** Whether the token at {@code i} is governed: clitic ب/ل/ك, or a preposition or title noun before it. */
    static boolean governed(List<Token> toks, int i, LanguageResources res) {
        if (cliticGoverns(toks.get(i))) return true;
        if (i == 0) return false;
        String prev = toks.get(i - 1).form();
        return res.isPreposition(prev) || res.isTitle(prev);
    }

    /**
     * Whether a person named at {@code i} is governed. A title before a person is their own, so what governs the
     * person is what governs the title phrase: in English a preposition (“with UN Secretary-General António
     * Guterres“); in Arabic, where a titled name inside a list or after a noun is a genitive or an object, the title
     * phrase counts as governing unless it opens the sentence or follows a speech verb («قال الرئيس بوتين»).
     */
    static boolean personGoverned(List<Token> toks, int i, LanguageResources res) {
        int j = i;
        while (j > 0 && (res.isTitle(toks.get(j - 1).form()) || res.nationality(toks.get(j - 1).form()) != null)) j--;
        if (j == i) return governed(toks, i, res);
        if (cliticGoverns(toks.get(j))) return true;
        if (res.lang().equals("en")) return j > 0 && res.isPreposition(toks.get(j - 1).form());
        return !(j == 0 || res.speechVerb(toks.get(j - 1).form()) != null) && governed(toks, i, res);
    }

    /** A preposition written on the word: bi-, li-, ka-. */
    private static boolean cliticGoverns(Token t) {
        String c = t.clitic();
        return c.endsWith("\u0628") || c.endsWith("\u0644") || c.endsWith("\u0643");
    }

    /** The preposition governing token {@code i} (its folded form or the clitic), or “” when none. */
    static String governor(List<Token> toks, int i, LanguageResources res) {
        Token t = toks.get(i);
        if (!t.clitic().isEmpty() && !t.clitic().equals("\u0648") && !t.clitic().equals("\u0641"))
            return t.clitic().substring(t.clitic().length() - 1);
        if (i > 0 && res.isPreposition(toks.get(i - 1).form())) return toks.get(i - 1).form();
        return "";
    }

    /** Whether a longer mention holds {@code m}: the body in a title («الأمين العام للأمم المتحدة»). */
    static boolean nested(List<Mention> ms, Mention m) {
        for (Mention o : ms) {
            if (o != m && o.tokenStart() <= m.tokenStart() && m.tokenEnd() <= o.tokenEnd()
                    && o.tokenEnd() - o.tokenStart() > m.tokenEnd() - m.tokenStart()) return true;
        }
        return false;
    }

    /** Whether a mention covers any token of {@code [from, to)}. */
    static boolean overlaps(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.tokenStart() < to && from < m.tokenEnd()) return true;
        return false;
    }

    /** A word in Arabic script. */
    static boolean isArabicWord(Token t) {
        return !t.form().isEmpty() && org.khabar.nlp.ArabicFolding.isArabicLetter(t.form().codePointAt(0));
    }

    static boolean isComma(Token t) {
        return t.form().equals(",") || t.form().equals("\u060C");
    }

    static String text(Document doc, List<Token> toks, int from, int to) {
        if (from >= to) return "";
        return doc.text().substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    /** A sentence whose own last mark is a question mark: the narrator's or an interviewer's question asserts nothing. */
    static boolean isQuestion(List<Token> toks) {
        if (toks.isEmpty()) return false;
        String last = toks.get(toks.size() - 1).form();
        if (!last.equals("?") && !last.equals("\u061F")) return false;
        // the question mark must be the sentence's own, outside any quotation: «قال: «لماذا …؟»» is a quoted
        // question, “why did he announce a Russian 'invasion' …?” a question with a quoted word in it
        boolean in = false;
        for (Token t : toks) {
            String f = t.form();
            if (f.equals("\"")) in = !in;
            else if (Quotations.isQuoteMark(f)) in = true;
            else if (Quotations.isClosingMark(f)) in = false;
        }
        return !in;
    }

    /** Whether the word is spelt with a final ة (a noun), whatever its folded form. */
    static boolean endsWithTaMarbuta(Document doc, Token t) {
        int k = t.end() - 1;
        while (k > t.start() && Character.getType(doc.text().charAt(k)) == Character.NON_SPACING_MARK) k--;
        return doc.text().charAt(k) == '\u0629';
    }

    /** Whether the word is written with nunation (ً ٌ ٍ), which names do not take. */
    static boolean hasTanween(String text, Token t) {
        for (int k = t.start(); k < t.end(); k++) if (text.charAt(k) >= '\u064B' && text.charAt(k) <= '\u064D') return true;
        return false;
    }
}
