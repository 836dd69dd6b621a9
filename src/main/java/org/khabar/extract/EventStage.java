package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * Events from trigger phrases (data file {@code event-triggers.tsv}): type, participants (core actors of the
 * sentence, or the speaker in focus), place (named after a locative after the trigger) and date. One event
 * per type and place in an article, keeping the most specific trigger as evidence.
 */
public final class EventStage implements Stage {
    private final LanguageResources res;
    private final DateResolver dates;

    public EventStage(LanguageResources res, DateResolver dates) {
        this.res = res;
        this.dates = dates;
    }

    private record Found(Event event, int triggerLength) {}

    @Override
    public void process(Document doc) {
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            boolean[] quoted = Quotations.quoted(toks);
            for (int i = 0; i < toks.size(); ) {
                int[] len = {0};
                String type = Encounters.phraseAt(toks, i, res, res::eventTrigger, len);
                if (type == null || inSpeech(quoted, i) || Sentences.mentionCovering(ms, i) != null || unrealised(toks, i)
                        || len[0] == 1 && res.isArrival(toks.get(i).form()) && !placeFollows(toks, ms, i + 1)) { i++; continue; }
                Set<Actor> participants = new LinkedHashSet<>();
                // the parties are named in the trigger's own clause, between the punctuation around it
                int from = i, to = i + len[0];
                while (from > 0 && !toks.get(from - 1).isPunctuation()) from--;
                while (to < toks.size() && !toks.get(to).isPunctuation()) to++;
                for (Mention m : ms) {
                    if (m.tokenStart() < from || m.tokenEnd() > to || Sentences.nested(ms, m)) continue;
                    String gov = Sentences.governor(toks, m.tokenStart(), res);
                    if (m.actor().kind() != ActorKind.Place && m.agent() != null && (gov.isEmpty() || !res.isLocative(gov)))
                        participants.add(m.agent());
                }
                if (participants.isEmpty() && doc.focus().size() > s && doc.focus().get(s) != null) participants.add(doc.focus().get(s));
                Actor place = Encounters.placeIn(toks, ms, i + len[0], toks.size(), res);
                DateValue date = Encounters.dateIn(doc, toks, 0, toks.size(), dates);
                found.add(new Found(new Event(type, new ArrayList<>(participants), place, date,
                        Encounters.evidence(doc, s, toks, i), 0.6), len[0]));
                i += len[0];
            }
        }
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                Event k = kept.get(i).event();
                if (k.type().equals(f.event().type()) && java.util.Objects.equals(k.place(), f.event().place())
                        && sameParties(k.participants(), f.event().participants())) same = i;
            }
            if (same < 0) kept.add(f);
            else if (f.triggerLength() > kept.get(same).triggerLength()) kept.set(same, f);
        }
        for (Found f : kept) doc.events().add(f.event());
    }

    /**
     * One event told twice names the same parties, or none both times; an operation launched by one side against
     * another and one launched by the other side are two («أعلن الجيش الليبي إطلاق عملية» … «أطلقت وزارة الدفاع بحكومة الوفاق عملية»).
     */
    private static boolean sameParties(List<Actor> a, List<Actor> b) {
        return Set.copyOf(a).equals(Set.copyOf(b));
    }

    /** Words a quotation this long or longer are someone's speech; shorter ones quote a phrase (the operation in scare quotes). */
    private static final int SPEECH_WORDS = 6;

    /**
     * The word at {@code i} is inside a speaker's own words: there an event is what they say, not what the article
     * reports («“This visit of the four leaders to Kyiv … proved”»).
     */
    private static boolean inSpeech(boolean[] quoted, int i) {
        if (!quoted[i]) return false;
        int from = i, to = i;
        while (from > 0 && quoted[from - 1]) from--;
        while (to + 1 < quoted.length && quoted[to + 1]) to++;
        return to - from + 1 >= SPEECH_WORDS;
    }

    /** A place right after an arrival verb, bare («وصل دمشق») or after a preposition («وصل للقاهرة», “arrived in Kyiv”). */
    private boolean placeFollows(List<Token> toks, List<Mention> ms, int at) {
        Mention m = at < toks.size() ? Sentences.mentionAt(ms, at) : null;
        if (m != null && m.actor().kind() == ActorKind.Place) return true;
        return Encounters.placeIn(toks, ms, at, Math.min(toks.size(), at + 2), res) != null;
    }

    /** The event word at {@code i} is planned, wished for or refused rather than done (see {@code irrealis.tsv}). */
    private boolean unrealised(List<Token> toks, int i) {
        return i > 0 && res.irrealis().test(toks.get(i - 1).form(), toks.get(i).form());
    }
}
