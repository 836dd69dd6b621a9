package org.khabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.doc.Document;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * People an English article names where they speak, when neither the gazetteer nor a title chain knows them:
 * two or three capitalised words right before a speech verb («Iryna Vereshchuk emphasized», “Bertie Ahern has
 * today announced“), right after one («said Iryna Vereshchuk»), or opening the sentence before an apposition with a
 * title and the verb (“Tony Blair, former British Prime Minister said”), or opening a transcript's turn (“Yury
 * Ushakov: …“). Every other place the article writes the same name is then a mention too. English
 * has no statistical name finder here, so the rule is kept narrow: a longer run of capitals, or a word that names
 * a body rather than a person ({@code body-words.txt}: Ministry, Cross, Kremlin…), rules a candidate out; a
 * misattributed quotation is worse than a missed one.
 */
public final class SpeakerNames implements Stage {
    private static final int MIN = 2, MAX = 3;

    private final LanguageResources res;
    private final SubjectCues cues;

    public SpeakerNames(LanguageResources res) {
        this.res = res;
        this.cues = new SubjectCues(res);
    }

    @Override
    public void process(Document doc) {
        Map<String, Actor> names = new LinkedHashMap<>(); // folded name -> person
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            // a transcript's turn: “Yury Ushakov: We emphasised …”
            int turn = 0;
            while (turn < toks.size() && turn < MAX && nameWord(doc, toks, ms, turn)) turn++;
            if (turn >= MIN && turn < toks.size() - 1 && toks.get(turn).form().equals(":")) add(doc, toks, 0, turn, names);
            for (int i = 0; i < toks.size(); i++) {
                if (res.speechVerb(toks.get(i).form()) == null) continue;
                int before = i; // «Bertie Ahern has today announced»: particles and date words between name and verb
                while (before > 0 && i - before < 2 && particle(toks.get(before - 1).form())) before--;
                int start = before - 1;
                while (start >= 0 && before - start <= MAX && nameWord(doc, toks, ms, start)) start--;
                start++;
                if (before - start >= MIN && before - start <= MAX && (start == 0 || !nameWord(doc, toks, ms, start - 1))) {
                    add(doc, toks, start, before, names);
                } else {
                    int[] named = apposed(doc, toks, ms, before);
                    if (named != null) add(doc, toks, named[0], named[1], names);
                }
                int end = i + 1;
                while (end < toks.size() && end - i - 1 <= MAX && nameWord(doc, toks, ms, end)) end++;
                if (end - i - 1 >= MIN && end - i - 1 <= MAX) add(doc, toks, i + 1, end, names);
            }
        }
        if (names.isEmpty()) return;
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            List<Mention> found = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                for (int k = MAX; k >= MIN; k--) {
                    if (i + k > toks.size()) continue;
                    Actor a = names.get(key(toks, i, i + k));
                    if (a == null || Sentences.overlaps(ms, i, i + k)) continue;
                    found.add(new Mention(s, i, i + k, toks.get(i).start(), toks.get(i + k - 1).end(), a,
                            Sentences.personGoverned(toks, i, res), null));
                    i += k - 1;
                    break;
                }
            }
            ms.addAll(found);
            ms.sort(Comparator.comparingInt(Mention::tokenStart));
        }
    }

    /** A name of two or three words opening the sentence, apposed to the verb at {@code verb}; or null. */
    private int[] apposed(Document doc, List<Token> toks, List<Mention> ms, int verb) {
        int end = 0;
        while (end < toks.size() && end <= MAX && nameWord(doc, toks, ms, end)) end++;
        return end >= MIN && end <= MAX && cues.apposition(toks, end, verb) ? new int[] {0, end} : null;
    }

    private boolean particle(String form) {
        return res.isSubjectParticle(form) || res.isDateWord(form);
    }

    private void add(Document doc, List<Token> toks, int from, int to, Map<String, Actor> names) {
        String surface = doc.text().substring(toks.get(from).start(), toks.get(to - 1).end());
        names.computeIfAbsent(key(toks, from, to), k -> new Actor("en-" + Gazetteer.slug(surface), ActorKind.Person, surface, null, null));
    }

    /** A capitalised Latin word that is no function, title, date, nationality or body word, and no known name. */
    private boolean nameWord(Document doc, List<Token> toks, List<Mention> ms, int i) {
        Token t = toks.get(i);
        String f = t.form();
        char first = doc.text().charAt(t.start());
        return first < 0x0250 && Character.isUpperCase(first) && f.length() >= 2 && f.chars().allMatch(Character::isLetter)
                && !res.isStopword(f) && !res.isTitle(f) && res.nationality(f) == null && !res.isBodyWord(f)
                && !res.isDateWord(f) && res.weekday(f) == null && !res.months().containsKey(f) && !res.isPronoun(f)
                && res.speechVerb(f) == null && Sentences.mentionCovering(ms, i) == null;
    }

    private static String key(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(i > from ? " " : "").append(toks.get(i).form());
        return sb.toString();
    }
}
