package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * Meetings: talks, meetings, receptions and calls. A verb trigger (التقى، استقبل) always makes one; a noun
 * (اجتماع، محادثات) only when anchored (بعد اجتماع، عقد اجتماع) or placed or dated, so that “hope for the talks”
 * is no meeting. Participants: actors after the trigger not governed by a locative preposition, plus the
 * subject (the sentence's speaker, the actor before the trigger, or the speaker in focus). A statement made
 * to an addressee at a named place is an encounter too. The same participants twice in one article are one
 * meeting.
 */
public final class MeetingStage implements Stage {
    /** Within three words after a meeting noun, «بين» names its two sides («لقاء مهم في مكتبي بين X و Y»), as between does. */
    private static final int RECIPROCAL_REACH = 4;
    private static final int MAX_WINDOW = 24;
    /** A place named this many sentences back still sets the scene. */
    private static final int PLACE_SPAN = 8;

    private final LanguageResources res;
    private final TopicMatcher topics;
    private final DateResolver dates;

    private final JointSpeakers joint;

    public MeetingStage(LanguageResources res, TopicMatcher topics, DateResolver dates) {
        this.res = res;
        this.topics = topics;
        this.dates = dates;
        this.joint = new JointSpeakers(res);
    }

    @Override
    public void process(Document doc) {
        List<Meeting> found = new ArrayList<>();
        Actor focusPlace = null;
        int focusPlaceSentence = -1;
        List<Actor> pair = null; // the two parties «مباحثاتهما» (their talks) stands for
        int pairSentence = -1;
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            JointSpeakers.Pair introduced = joint.introduced(toks, ms);
            if (introduced != null) { pair = List.of(introduced.first(), introduced.second()); pairSentence = s; }
            List<int[]> triggers = new ArrayList<>();
            for (int i = 0; i < toks.size(); ) {
                int[] len = {0};
                String kind = Encounters.phraseAt(toks, i, res, res::meetingTrigger, len);
                if (kind == null || Sentences.mentionCovering(ms, i) != null) { i++; continue; }
                triggers.add(new int[] {i, i + len[0], kind.equals("verb") ? 1 : kind.equals("possessive") ? 2 : kind.equals("dual") ? 3 : 0});
                i += len[0];
            }
            for (int t = 0; t < triggers.size(); t++) {
                int[] tr = triggers.get(t);
                int windowEnd = windowEnd(toks, tr[1], t + 1 < triggers.size() ? triggers.get(t + 1)[0] : toks.size());
                Actor here = s - focusPlaceSentence <= PLACE_SPAN ? focusPlace : null;
                Meeting m = tr[2] != 3 ? meeting(doc, s, toks, ms, tr, windowEnd, here)
                        : pair != null && s - pairSentence <= JointSpeakers.PAIR_SPAN ? pairMeeting(doc, s, toks, ms, tr, windowEnd, pair, here) : null;
                if (m != null) found.add(m);
                else if (tr[2] == 0 && !found.isEmpty()) fillIn(doc, toks, ms, tr, found);
            }
            for (Statement st : doc.statements()) {
                if (st.addressee() == null || st.evidence().sentenceStart() != doc.sentences().get(s).getStart()) continue;
                Actor place = Encounters.placeIn(toks, ms, 0, toks.size(), res);
                if (place == null || place.kind() != ActorKind.Place) continue;
                found.add(new Meeting(List.of(st.speaker(), st.addressee()), place, st.date(), st.topics(), st.evidence(), 0.6));
            }
            Actor p = city(Encounters.placeIn(toks, ms, 0, toks.size(), res));
            if (p != null) { focusPlace = p; focusPlaceSentence = s; }
        }
        merge(found, doc.meetings());
    }

    /** A meeting's words end at the next trigger, speech act, reported content or quotation, or after a bound. */
    private int windowEnd(List<Token> toks, int from, int limit) {
        int end = Math.min(limit, from + MAX_WINDOW);
        for (int j = from; j < end; j++) {
            String f = toks.get(j).form();
            // a verb in a relative clause («الذي يؤيد صالح») describes a party; it starts no new act
            boolean relative = j > from && res.isRelativePronoun(toks.get(j - 1).form());
            // «خلال الاجتماع اتفق المعلم وبن علوي على أن»: those who agree are the ones who met
            boolean agreeing = res.needsAgreedContent(f);
            if ((res.speechVerb(f) != null && !relative && !agreeing) || res.isComplementizer(f) || f.equals(":")) return j;
        }
        return end;
    }

    private Meeting meeting(Document doc, int s, List<Token> toks, List<Mention> ms, int[] tr, int windowEnd, Actor focusPlace) {
        boolean verb = tr[2] == 1;
        boolean anchored = verb;
        for (int j = Math.max(0, tr[0] - 2); j < tr[0]; j++) if (res.isMeetingAnchor(toks.get(j).form())) anchored = true;
        for (int j = tr[1]; j < Math.min(windowEnd, tr[1] + RECIPROCAL_REACH); j++) if (res.isReciprocal(toks.get(j).form())) anchored = true;
        // «بلقاء دي ميستورا المعلم»: the meeting of one person with another, named one after the other
        Mention first = tr[1] < toks.size() ? Sentences.mentionAt(ms, tr[1]) : null;
        Mention second = first != null && first.tokenEnd() < toks.size() ? Sentences.mentionAt(ms, first.tokenEnd()) : null;
        if (first != null && second != null && first.actor().kind() == ActorKind.Person && second.actor().kind() == ActorKind.Person) anchored = true;
        Set<Actor> participants = new LinkedHashSet<>();
        // «ومحادثاته مع بوتين»: the owner of a possessive noun is its pronoun's antecedent, not the reporter
        // “briefed media on the telephone conversation between A and B”: a meeting “between” two names its own parties
        boolean between = tr[1] < toks.size() && res.isReciprocal(toks.get(tr[1]).form());
        Actor speaker = tr[2] == 2 || between ? null : speakerBefore(doc, s, toks, tr[0]);
        if (speaker != null) participants.add(speaker);
        for (Mention m : ms) {
            if (m.tokenStart() < tr[1] || m.tokenStart() >= windowEnd || m.actor().kind() == ActorKind.Place) continue;
            // the country inside «بوزير خارجية جمهورية مصر العربية» is not a party: the minister is
            if (Sentences.nested(ms, m) || late(toks, m.tokenStart())) continue;
            // «خلال اجتماع في مقر الجامعة العربية»: the League's headquarters is where they met
            if (m.tokenStart() > 0 && res.isSeatNoun(toks.get(m.tokenStart() - 1).form())) continue;
            String gov = Sentences.governor(toks, m.tokenStart(), res);
            if ((gov.isEmpty() || res.isComitative(gov)) && m.agent() != null) participants.add(m.agent());
        }
        // «لزيارة ولي العهد محمد بن سلمان … ومحادثاته مع بوتين»: the pronoun on a possessive noun is the person
        // named last before it, whatever case that name is in
        Actor owner = tr[2] == 2 ? lastPersonBefore(ms, tr[0]) : null;
        if (owner != null) participants.add(owner);
        Actor before = actorBefore(ms, tr[0]);
        // «وقد ناقش المعلم الخطة مع المسؤولين، وبينهم … شمخاني، كما التقى بوغدانوف»: “as he also met” goes on with the
        // sentence's subject, not the last name of a list
        if (verb && tr[0] > 0 && res.isContinuative(toks.get(tr[0] - 1).form()) && !closeSubject(toks, ms, tr[0])) before = firstSubject(ms, tr[0]);
        if (owner == null && before != null && (participants.size() < 2 || closeSubject(toks, ms, tr[0]))) participants.add(before);
        // «اجتماعه مع X»: the pronoun is the actor in focus, unless the sentence names the other party itself
        if (tr[2] == 2 && participants.size() < 2 && s > 0 && doc.focus().size() >= s && doc.focus().get(s - 1) != null)
            participants.add(doc.focus().get(s - 1));
        // «عقد X، و Y مؤتمرا صحافيا مشتركا عقب المباحثات التي جرت بينهما»: a noun's two parties may be the pair before it
        if (participants.size() < 2 && tr[2] == 0 && joint.betweenThem(toks, tr[1], windowEnd)) {
            JointSpeakers.Pair both = joint.conjoined(toks, ms, tr[0]);
            if (both != null) { participants.clear(); participants.add(both.first()); participants.add(both.second()); }
        }
        if (participants.size() < 2) return null;
        Actor place = city(Encounters.placeIn(toks, ms, tr[1], windowEnd, res));
        DateValue date = Encounters.dateIn(doc, toks, tr[1], personClause(toks, ms, tr[1], windowEnd), dates);
        if (date == null && !verb && res.lang().equals("en")) date = Encounters.dateIn(doc, toks, modifiersStart(toks, tr[0]), tr[0], dates);
        if (!anchored && place == null && date == null) return null;
        if (place == null) place = city(Encounters.placeIn(toks, ms, 0, tr[0], res));
        // the scene set earlier holds unless this sentence names a city of its own («زار ترامب الرياض واجتمع …»)
        if (place == null && !namesCity(ms)) place = focusPlace;
        List<String> about = topics.topics(Sentences.text(doc, toks, tr[1], windowEnd));
        return new Meeting(new ArrayList<>(participants), place, date, about, Encounters.evidence(doc, s, toks, tr[0]), verb ? 0.8 : 0.7);
    }

    /** «في ختام مباحثاتهما في العاصمة البلجيكية بروكسل»: the talks of the pair the article set up. */
    private Meeting pairMeeting(Document doc, int s, List<Token> toks, List<Mention> ms, int[] tr, int windowEnd, List<Actor> pair, Actor focusPlace) {
        Actor place = city(Encounters.placeIn(toks, ms, tr[1], windowEnd, res));
        if (place == null) place = focusPlace;
        DateValue date = Encounters.dateIn(doc, toks, tr[1], windowEnd, dates);
        List<String> about = topics.topics(Sentences.text(doc, toks, tr[1], windowEnd));
        return new Meeting(pair, place, date, about, Encounters.evidence(doc, s, toks, tr[0]), 0.7);
    }

    /** «جهود المغفور له … الأمير سعود الفيصل»: the person named at {@code at} is said, a few words before, to have died. */
    private boolean late(List<Token> toks, int at) {
        for (int j = Math.max(0, at - LATE_REACH); j < at; j++) if (res.isLateMarker(toks.get(j).form())) return true;
        return false;
    }

    private static final int LATE_REACH = 12;

    /** Meetings happen in cities and buildings: a country after في is the scene of something else. */
    private static boolean namesCity(List<Mention> ms) {
        for (Mention m : ms) if (m.actor().kind() == ActorKind.Place) return true;
        return false;
    }

    private static Actor city(Actor place) {
        return place != null && place.kind() == ActorKind.Place ? place : null;
    }

    /** The speaker of a statement of this sentence made before the trigger (“said before talks with X”). */
    private Actor speakerBefore(Document doc, int s, List<Token> toks, int trigger) {
        int triggerAt = toks.get(trigger).start();
        Statement before = null;
        for (Statement st : doc.statements()) {
            if (st.evidence().sentenceStart() == doc.sentences().get(s).getStart() && st.evidence().anchor() < triggerAt)
                before = st;
        }
        if (before == null) return null;
        // «مشيرا إلى أن المبعوث الدولي … يلتقي الرئيس»: a meeting inside what the speaker reports is not theirs
        for (Token t : toks) {
            if (t.start() > before.evidence().anchor() && t.end() <= triggerAt && res.isComplementizer(t.form())) return null;
        }
        // «كشف فوزي أن ولد الشيخ التقى …»: another actor between the act and the trigger is the one who met
        for (Mention m : doc.mentions().get(s)) {
            if (m.start() > before.evidence().anchor() && m.end() <= triggerAt && !m.oblique() && m.agent() != null
                    && !m.agent().equals(before.speaker()) && m.actor().kind() != ActorKind.Place) return null;
        }
        return before.speaker();
    }

    /** The subject stands just before the trigger, in the same clause: «كيري قد عقد محادثات»، «غوتيريش دعا بعد اجتماع». */
    private static boolean closeSubject(List<Token> toks, List<Mention> ms, int trigger) {
        Mention last = null;
        for (Mention m : ms) if (m.tokenEnd() <= trigger && !m.oblique() && m.agent() != null && m.actor().kind() != ActorKind.Place) last = m;
        if (last == null || trigger - last.tokenEnd() > 3) return false;
        for (int j = last.tokenEnd(); j < trigger; j++) if (toks.get(j).isPunctuation()) return false;
        return true;
    }

    /**
     * Where a clause about a party begins (“with Angela Merkel, who completed her term of office … on December 8”):
     * its date is not the meeting's. A clause about the meeting itself (“the talks, which took place on Monday”) is.
     */
    private int personClause(List<Token> toks, List<Mention> ms, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (!res.isRelativePronoun(toks.get(j).form())) continue;
            int before = Sentences.isComma(toks.get(j - 1)) ? j - 1 : j;
            for (Mention m : ms) if (m.tokenEnd() == before && m.actor().kind() == ActorKind.Person) return j;
        }
        return to;
    }

    /** “the December 7 videoconference talks”: where the words before an English noun begin (after its determiner), at most four back. */
    private int modifiersStart(List<Token> toks, int noun) {
        for (int j = noun - 1; j >= 0 && j >= noun - 4; j--) {
            if (res.verbOrNoun().isDeterminer(toks.get(j).form())) return j + 1;
            if (toks.get(j).isPunctuation()) break;
        }
        return noun;
    }

    /** The person named last before the trigger, in any case: the owner of a possessive meeting noun. */
    private static Actor lastPersonBefore(List<Mention> ms, int trigger) {
        Actor last = null;
        for (Mention m : ms) if (m.tokenEnd() <= trigger && m.actor().kind() == ActorKind.Person && !Sentences.nested(ms, m)) last = m.actor();
        return last;
    }

    /**
     * “During the meeting in Kyiv, the leaders …”: the meeting, named again with no parties of its own and a city
     * straight after it (or a day before it: “today's conversation”), is the last one found, which gets that city
     * or day if it has none yet.
     */
    private void fillIn(Document doc, List<Token> toks, List<Mention> ms, int[] tr, List<Meeting> found) {
        String f = toks.get(tr[0]).form();
        Meeting last = found.get(found.size() - 1);
        // “Today's conversation was held …”: a day's possessive dates the latest meeting still undated (not “the
        // December 7 videoconference talks” named in between)
        if (res.lang().equals("en") && tr[0] >= 2 && toks.get(tr[0] - 1).form().equals("'s")) {
            DateValue day = Encounters.dateIn(doc, toks, tr[0] - 2, tr[0] - 1, dates);
            for (int k = found.size() - 1; day != null && k >= 0; k--) {
                Meeting m = found.get(k);
                if (m.date() != null) continue;
                found.set(k, new Meeting(m.participants(), m.place(), day, m.topics(), m.evidence(), m.confidence()));
                if (k == found.size() - 1) last = found.get(k);
                break;
            }
        }
        boolean definite = res.lang().equals("en") ? tr[0] > 0 && toks.get(tr[0] - 1).form().equals("the") : f.startsWith("\u0627\u0644");
        if (!definite || last.place() != null || tr[1] + 1 >= toks.size() || !res.isLocative(toks.get(tr[1]).form())) return;
        Mention where = Sentences.mentionAt(ms, tr[1] + 1);
        if (where == null || where.actor().kind() != ActorKind.Place) return;
        found.set(found.size() - 1, new Meeting(last.participants(), city(where.actor()), last.date(), last.topics(), last.evidence(), last.confidence()));
    }

    /** The first person named outside a prepositional phrase before the trigger: the sentence's subject. */
    private static Actor firstSubject(List<Mention> ms, int trigger) {
        for (Mention m : ms) if (m.tokenEnd() <= trigger && !m.oblique() && m.agent() != null && m.actor().kind() == ActorKind.Person) return m.agent();
        return null;
    }

    /** The nearest core actor before the trigger (the subject of «X met Y»). */
    private static Actor actorBefore(List<Mention> ms, int trigger) {
        Actor before = null;
        for (Mention m : ms) if (m.tokenEnd() <= trigger && !m.oblique() && m.agent() != null && m.actor().kind() != ActorKind.Place) before = m.agent();
        return before;
    }

    /** One node per set of participants: later mentions fill in a missing place or date. */
    private static void merge(List<Meeting> found, List<Meeting> out) {
        for (Meeting m : found) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) if (Set.copyOf(out.get(i).participants()).equals(Set.copyOf(m.participants()))) same = i;
            if (same < 0) { out.add(m); continue; }
            Meeting o = out.get(same);
            out.set(same, new Meeting(o.participants(), o.place() != null ? o.place() : m.place(),
                    o.date() != null ? o.date() : m.date(), o.topics(), o.evidence(), Math.max(o.confidence(), m.confidence())));
        }
    }
}
