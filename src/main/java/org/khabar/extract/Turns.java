package org.khabar.extract;

import java.util.List;

import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.SpeechAct;
import org.khabar.nlp.Token;

/**
 * Speech acts read from the shape of a whole sentence: a transcript turn («Vladimir Putin: …») or a quotation
 * followed by who said it («“…,” said Guterres»); and the speech verb or phrase at a token.
 */
final class Turns {
    /** A turn names its speaker within this many tokens before the colon. */
    private static final int TURN_OPENING = 12;

    /** A turn says something of its own in at least this many words. */
    static final int MIN_WORDS = 5;

    private final LanguageResources res;

    Turns(LanguageResources res) { this.res = res; }

    /**
     * A transcript turn or a headline quote: «President of Russia Vladimir Putin: …», «غوتيريش: …». The line opens
     * with titles and names only, then a colon; the last actor named before the colon speaks.
     */
    Draft turn(Document doc, List<Token> toks, List<Mention> ms) {
        Mention speaker = null, person = null;
        boolean titled = false;
        for (int k = 0; k < toks.size() && k < TURN_OPENING; ) {
            Mention m = Sentences.mentionAt(ms, k);
            if (m != null) {
                if (m.agent() != null) speaker = m;
                if (m.agent() != null && m.agent().kind() == ActorKind.Person) person = m;
                k = m.tokenEnd();
                continue;
            }
            String f = toks.get(k).form();
            if (f.equals(":")) {
                // “President of Armenia Vahagn Khachaturyan:” with the name unknown is not Armenia speaking; a body
                // or a country speaks only when named alone («موسكو: …»)
                if (person != null) speaker = person;
                else if (titled) speaker = null;
                if (speaker == null || k + 1 >= toks.size()) return null;
                Draft d = new Draft();
                d.start = speaker.tokenStart(); d.end = k + 1; d.type = "Claim";
                d.lex = new SpeechAct("Claim", false, 1);
                d.speaker = speaker.agent(); d.speakerEnd = speaker.tokenEnd(); d.contentStart = k + 1;
                d.confidence = 0.85; d.explicit = true;
                return d;
            }
            // «* * * Aide to the President Yury Ushakov:»: a section mark before the turn, “to” inside a title
            boolean mark = speaker == null && (f.equals("*") || f.equals("-"));
            titled |= !mark;
            if (!mark && !res.isTitle(f) && res.nationality(f) == null && !res.isTitleLink(f) && !f.equals("-")
                    && !(f.equals("to") && k > 0 && res.isTitle(toks.get(k - 1).form())) && !capitalised(doc, toks.get(k))) return null;
            k++;
        }
        return null;
    }

    /**
     * A quotation first, then who said it: «“We will call for a ceasefire,” said António Guterres.» or
     * «…»، قال غوتيريش. The quotation is the content, so the acts inside it are the speaker's and may type it.
     */
    Draft quoteThenAttribution(List<Token> toks, List<Mention> ms, Actor focus) {
        if (toks.isEmpty() || !Quotations.isQuoteMark(toks.get(0).form())) return null;
        int close = -1;
        for (int j = 1; j < toks.size(); j++) {
            String f = toks.get(j).form();
            if (Quotations.isClosingMark(f)) { close = j; break; }
        }
        if (close < 0) return null;
        int k = close + 1;
        while (k < toks.size() && (Sentences.isComma(toks.get(k)) || toks.get(k).isPunctuation() && !toks.get(k).form().equals("."))) k++;
        if (k >= toks.size()) return null;
        int[] len = {0};
        // «“…,” the President said»: an article before the speaker's title
        int at = k;
        while (at + 1 < toks.size() && res.isTitleLink(toks.get(at).form()) && Sentences.mentionAt(ms, at) == null) at++;
        Mention titled = at > k ? Sentences.mentionAt(ms, at) : null;
        if (titled != null && titled.agent() != null && titled.tokenEnd() < toks.size()) {
            SpeechAct by = actAt(toks, titled.tokenEnd(), len);
            if (by != null) {
                Draft d = attributed(titled.tokenEnd(), len[0], by, titled);
                d.speakerEnd = d.end;
                return d;
            }
        }
        // «“…,” Iryna Vereshchuk emphasized.»: the speaker first, then the verb
        Mention first = Sentences.mentionAt(ms, k);
        SpeechAct after = first != null && first.agent() != null && first.tokenEnd() < toks.size() ? actAt(toks, first.tokenEnd(), len) : null;
        if (after != null) {
            Draft d = attributed(first.tokenEnd(), len[0], after, first);
            d.speakerEnd = d.end;
            return d;
        }
        // «“…,” he said.»: the pronoun is the speaker in focus
        if (focus != null && res.isPronoun(toks.get(k).form()) && k + 1 < toks.size()) {
            SpeechAct byPronoun = actAt(toks, k + 1, len);
            if (byPronoun != null) {
                Draft d = new Draft();
                d.start = k + 1; d.end = k + 1 + len[0]; d.lex = byPronoun; d.type = byPronoun.type();
                d.speaker = focus; d.speakerEnd = d.end; d.contentStart = 1; d.confidence = 0.7; d.explicit = true;
                return d;
            }
        }
        SpeechAct lex = actAt(toks, k, len);
        if (lex == null) return null;
        int j = k + len[0];
        while (j < toks.size() && Sentences.mentionAt(ms, j) == null && (res.isTitle(toks.get(j).form()) || res.nationality(toks.get(j).form()) != null)) j++;
        Mention m = j < toks.size() ? Sentences.mentionAt(ms, j) : null;
        if (m == null || m.agent() == null) return null;
        return attributed(k, len[0], lex, m);
    }

    /**
     * “President of the Republic of Azerbaijan Ilham Aliyev Aliyev IlhamPresident of Azerbaijan:”: an English turn
     * line may repeat the name in another order; any capitalised word may stand before the colon.
     */
    private boolean capitalised(Document doc, Token t) {
        return res.lang().equals("en") && Character.isUpperCase(doc.text().charAt(t.start()));
    }

    /**
     * A line shaped like a transcript turn, whoever speaks: “Question:”, “Prime Minister Nikol Pashinyan:”, with
     * capitalised words, titles and names only before a colon. Another speaker takes the floor.
     */
    boolean turnShaped(Document doc, List<Token> toks) {
        for (int k = 0; k < toks.size() && k < 2 * TURN_OPENING; k++) {
            Token t = toks.get(k);
            if (t.form().equals(":")) return k > 0;
            if (!capitalised(doc, t) && !res.isTitleLink(t.form()) && !res.isTitle(t.form())) return false;
        }
        return false;
    }

    /** The words (tokens opening with a letter or digit) from {@code from} to the end of the sentence. */
    static int words(List<Token> toks, int from) {
        int n = 0;
        for (int j = from; j < toks.size(); j++) if (Character.isLetterOrDigit(toks.get(j).form().codePointAt(0))) n++;
        return n;
    }

    /** The act of a quotation at the sentence start, by the verb at {@code k} and the speaker {@code m}. */
    private static Draft attributed(int k, int len, SpeechAct lex, Mention m) {
        Draft d = new Draft();
        d.start = k; d.end = k + len; d.lex = lex; d.type = lex.type();
        d.speaker = m.agent(); d.speakerEnd = m.tokenEnd(); d.contentStart = 1;
        d.confidence = 0.9; d.explicit = true;
        return d;
    }

    SpeechAct actAt(List<Token> toks, int i, int[] len) {
        SpeechAct gapped = res.gappedPhrases().match(toks, i, len);
        if (gapped != null) return gapped;
        SpeechAct phrase = Encounters.phraseAt(toks, i, res.phraseReach(toks, i), 2, res::speechPhrase, len);
        if (phrase != null) return phrase;
        SpeechAct a = res.speechVerb(toks.get(i).form());
        if (a != null) len[0] = 1;
        return a;
    }
}
