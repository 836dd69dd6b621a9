package org.khabar.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.doc.Document;
import org.khabar.lexicon.Lexicon;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.SpeechAct;
import org.khabar.nlp.Token;

/**
 * Points a readout makes in the passive (“It was noted that …”, “Attention was drawn to …”), from
 * {@code impersonal-acts.tsv}. A readout names its principal first: the subject of an opening sentence that reports
 * a meeting or a call (“Vladimir Putin had a telephone conversation with …”); its unattributed points are that
 * side's, as the office that writes it presents them. Elsewhere a passive point is the writer's and no statement.
 * The readout's two parties (its principal and the other person its opening names) are whom “the heads of state”
 * and “both leaders” mean.
 */
final class ReadoutPoints {
    /** A short opener before the point: “In this context, it was noted that”. */
    private static final int MAX_OPENER = 5;
    private static final double CONFIDENCE = 0.6;

    private final LanguageResources res;
    private final Map<String, SpeechAct> phrases = new HashMap<>();
    private int longest;

    ReadoutPoints(LanguageResources res) {
        this.res = res;
        for (String[] row : Lexicon.rows(res.lang() + "/impersonal-acts.tsv", 2)) {
            for (String p : Lexicon.alternatives(row[1])) {
                String f = LanguageResources.phrase(p);
                int n = f.split(" ").length;
                phrases.put(f, new SpeechAct(row[0], false, n));
                longest = Math.max(longest, n);
            }
        }
    }

    /**
     * The readout's principal: the subject of its first sentence, a person, when that sentence reports a meeting; or
     * the first party of a meeting “between” two that the sentence reports on.
     */
    Actor principal(Document doc) {
        if (phrases.isEmpty() || doc.sentences().isEmpty()) return null;
        List<Token> toks = doc.tokens().get(0);
        Mention subject = null;
        for (Mention m : doc.mentions().get(0)) {
            if (!m.oblique() && (subject == null || m.tokenStart() < subject.tokenStart())) subject = m;
        }
        if (subject == null || subject.agent() == null || subject.actor().kind() != ActorKind.Person) return null;
        for (int i = subject.tokenEnd(); i < toks.size(); i++) {
            int[] len = {0};
            if (Encounters.phraseAt(toks, i, res, res::meetingTrigger, len) == null) continue;
            // “Yury Ushakov briefed media on the telephone conversation between … Vladimir Putin and …”: the readout
            // is of the first party's conversation, not of the briefer's
            int after = i + len[0];
            if (after < toks.size() && res.isReciprocal(toks.get(after).form())) {
                for (Mention m : doc.mentions().get(0)) {
                    if (m.tokenStart() > after && m.actor().kind() == ActorKind.Person && m.agent() != null) return m.agent();
                }
            }
            return subject.agent();
        }
        return null;
    }

    /**
     * The two parties of the readout (“the heads of state”, “both leaders”): its principal and the first other person
     * its opening sentence names after them; null when it names no other.
     */
    JointSpeakers.Pair parties(Document doc, Actor principal) {
        if (principal == null) return null;
        int named = -1; // the principal's first mention: the other party is named after it (not “Yury Ushakov briefed …”)
        for (Mention m : doc.mentions().get(0)) {
            if (named < 0 && principal.equals(m.agent())) named = m.tokenStart();
            else if (named >= 0 && m.actor().kind() == ActorKind.Person && m.agent() != null && !m.agent().equals(principal)) {
                return new JointSpeakers.Pair(principal, m.agent(), -1);
            }
        }
        return null;
    }

    /** A passive point opening the sentence, as an act of {@code principal}; null when there is none. */
    Draft pointAt(List<Token> toks, Actor principal) {
        if (principal == null) return null;
        int at = 0;
        for (int j = 0; j < toks.size() && j <= MAX_OPENER; j++) if (Sentences.isComma(toks.get(j))) { at = j + 1; break; }
        Draft d = pointFrom(toks, 0, principal);
        return d != null || at == 0 ? d : pointFrom(toks, at, principal);
    }

    private Draft pointFrom(List<Token> toks, int i, Actor principal) {
        int[] len = {0};
        SpeechAct a = i < toks.size() ? Encounters.phraseAt(toks, i, longest, 2, phrases::get, len) : null;
        if (a == null) return null;
        Draft d = new Draft();
        d.start = i; d.end = i + len[0]; d.lex = a; d.type = a.type();
        d.speaker = principal; d.speakerEnd = d.end; d.confidence = CONFIDENCE; d.explicit = true;
        d.contentStart = d.end < toks.size() && res.isComplementizer(toks.get(d.end).form()) ? d.end + 1 : d.end;
        return d;
    }
}
