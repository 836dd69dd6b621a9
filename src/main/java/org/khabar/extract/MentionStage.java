package org.khabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import org.khabar.doc.Document;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;
import org.khabar.nlp.ner.NameCueWords;

/**
 * Finds gazetteer actors and places with OpenNLP's {@link DictionaryNameFinder} over the folded, clitic-split
 * tokens. Where one name has several entries (the Kremlin as building or as speaker) the context decides:
 * after a locative preposition the place, else the actor.
 */
public final class MentionStage implements Stage {
    private final Gazetteer gazetteer;
    private final LanguageResources res;
    private final DictionaryNameFinder finder;

    public MentionStage(Gazetteer gazetteer, LanguageResources res) {
        this.gazetteer = gazetteer;
        this.res = res;
        this.finder = new DictionaryNameFinder(gazetteer.dictionary(), "actor");
    }

    @Override
    public void process(Document doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            String[] forms = toks.stream().map(Token::form).toArray(String[]::new);
            List<Mention> found = new ArrayList<>();
            for (Span span : findNames(forms)) {
                String key = String.join(" ", java.util.Arrays.asList(forms).subList(span.getStart(), span.getEnd()));
                List<Gazetteer.Entry> entries = gazetteer.lookup(key);
                if (entries.isEmpty()) continue;
                if (span.length() == 1 && gazetteer.isAcronym(key)) {
                    Token t = toks.get(span.getStart());
                    String surface = doc.text().substring(t.start(), t.end());
                    if (!surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) continue;
                }
                String gov = Sentences.governor(toks, span.getStart(), res);
                Gazetteer.Entry e = choose(entries, isLocative(gov));
                if (e.actor().kind() == ActorKind.Person && givenNameOfAnother(toks, span)) continue;
                boolean governed = e.actor().kind() == ActorKind.Person ? Sentences.personGoverned(toks, span.getStart(), res)
                        : Sentences.governed(toks, span.getStart(), res);
                found.add(new Mention(s, span.getStart(), span.getEnd(), toks.get(span.getStart()).start(),
                        toks.get(span.getEnd() - 1).end(), e.actor(), governed, e.governs()));
            }
            found.sort(Comparator.comparingInt(Mention::tokenStart));
            doc.mentions().add(found);
        }
    }

    /**
     * The dictionary finder over each run of consecutive name words only: a name is made of name words, and
     * skipping the rest spares the finder most of its candidate windows.
     */
    private List<Span> findNames(String[] forms) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < forms.length) {
            if (!gazetteer.isNameWord(forms[i])) { i++; continue; }
            int j = i;
            while (j < forms.length && gazetteer.isNameWord(forms[j])) j++;
            for (Span sp : finder.find(java.util.Arrays.copyOfRange(forms, i, j)))
                out.add(new Span(sp.getStart() + i, sp.getEnd() + i, sp.getType()));
            i = j;
        }
        return out;
    }

    /**
     * A one-word alias that is also a given name, followed by a word new to the name finder's training data: the
     * first name of someone else («هادي البحرة» is not «هادي» the Yemeni president, «عباس زكي» not Mahmoud Abbas).
     * A common word after it («استقبل عباس وفدا») leaves the alias standing.
     */
    private boolean givenNameOfAnother(List<Token> toks, Span span) {
        if (span.length() != 1 || span.getEnd() >= toks.size() || !res.lang().equals("ar")) return false;
        NameCueWords names = NameCueWords.shared();
        if (!names.isGivenName(toks.get(span.getStart()).form())) return false;
        Token next = toks.get(span.getEnd());
        String f = next.form();
        return next.clitic().isEmpty() && Sentences.isArabicWord(next) && !names.isCommon(f) && !gazetteer.isNameWord(f)
                && !res.isTitle(f) && !res.isTitleHead(f) && res.nationality(f) == null && !res.isStopword(f)
                && res.speechVerb(f) == null && !res.isDateWord(f) && !res.isComplementizer(f);
    }

    private boolean isLocative(String governor) {
        return !governor.isEmpty() && res.isLocative(governor);
    }

    private static Gazetteer.Entry choose(List<Gazetteer.Entry> entries, boolean locative) {
        for (Gazetteer.Entry e : entries) if (locative == (e.actor().kind() == ActorKind.Place)) return e;
        return entries.get(0);
    }

    /**
     * Surname mentions: a person introduced by a full name may later be named by the last word of it
     * (حق for فرحان حق). Short surnames count only straight after a speech verb, where a name is expected.
     */
    public static final class Surnames implements Stage {
        private final LanguageResources res;

        public Surnames(LanguageResources res) { this.res = res; }

        @Override
        public void process(Document doc) {
            Map<String, Actor> bySurname = new HashMap<>();
            for (int s = 0; s < doc.sentences().size(); s++) {
                List<Token> toks = doc.tokens().get(s);
                List<Mention> ms = doc.mentions().get(s);
                for (Mention m : List.copyOf(ms)) {
                    // a mention by title («وزير خارجية جمهورية مصر العربية») has no surname to reuse; of two people with one
                    // surname, the one named last is the one a later surname means
                    if (m.actor().kind() == ActorKind.Person && m.tokenEnd() - m.tokenStart() >= 2
                            && !res.isTitleHead(toks.get(m.tokenStart()).form()) && !res.isTitle(toks.get(m.tokenStart()).form()))
                        bySurname.put(toks.get(m.tokenEnd() - 1).form(), m.actor());
                }
                for (int i = 0; i < toks.size(); i++) {
                    Actor a = bySurname.get(toks.get(i).form());
                    if (a == null || Sentences.mentionCovering(ms, i) != null) continue;
                    boolean afterVerb = i > 0 && res.speechVerb(toks.get(i - 1).form()) != null;
                    if (toks.get(i).form().length() < 3 && !afterVerb) continue;
                    ms.add(new Mention(s, i, i + 1, toks.get(i).start(), toks.get(i).end(), a,
                            Sentences.personGoverned(toks, i, res), null));
                }
                ms.sort(Comparator.comparingInt(Mention::tokenStart));
            }
        }
    }
}
