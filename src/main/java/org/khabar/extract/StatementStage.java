package org.khabar.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.SpeechAct;
import org.khabar.nlp.Token;

/**
 * Speech acts: one statement per speech verb (not per sentence). The speaker is the subject after the verb
 * (VSO, skipping titles), the one just before it (SVO), an anaphor (الأخيرة) resolved to the last core actor,
 * the speaker of the quote or content the verb sits in, or, for a sentence-initial verb with a dropped
 * subject (وأضاف), the speaker in focus. A verb with none of these makes no statement: no guessing.
 * A generic Claim or Announcement whose reported content opens with a more specific act (“said that he
 * hopes“, ”said: we call“) takes that act's type.
 */
public final class StatementStage implements Stage {
    static final int MERGE_WINDOW = 8;
    /** A dropped subject refers back at most this many sentences to the last speaker. */
    private static final int FOCUS_SPAN = 2;

    private final LanguageResources res;
    private final TopicMatcher topics;
    private final DateResolver dates;
    private final SubjectCues cues;
    private final Turns turns;
    private final ActContent content;
    private final JointSpeakers joint;
    private final ReadoutPoints readout;
    private final Speakers speakers;

    public StatementStage(LanguageResources res, TopicMatcher topics, DateResolver dates) {
        this.res = res;
        this.topics = topics;
        this.dates = dates;
        this.cues = new SubjectCues(res);
        this.turns = new Turns(res);
        this.content = new ActContent(res);
        this.joint = new JointSpeakers(res);
        this.readout = new ReadoutPoints(res);
        this.speakers = new Speakers(res, cues);
    }

    @Override
    public void process(Document doc) {
        Actor focus = null;
        int focusSentence = -1;
        YearMonth[] monthContext = {null};
        LocalDate published = doc.published();
        List<Mention> core = new ArrayList<>();
        Actor partner = null; // the focus's partner when the focus is a pair
        JointSpeakers.Pair pair = null;
        Actor turnSpeaker = null;
        int pairSentence = -1;
        Actor principal = readout.principal(doc);
        JointSpeakers.Pair readoutPair = readout.parties(doc, principal);
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            JointSpeakers.Pair introduced = joint.introduced(toks, ms);
            if (introduced != null) { pair = introduced; pairSentence = s; }
            List<DateResolver.Found> found = dates.resolve(doc.sentenceText(s), published, monthContext);
            boolean[] quoted = Quotations.quoted(toks);
            List<Draft> drafts = new ArrayList<>();
            boolean unnamedSpeaker = false;
            // an interviewer's question (“Question: can you tell us if Russia made clear …?”) asserts nothing
            boolean question = Sentences.isQuestion(toks);
            Draft turn = question ? null : turns.turn(doc, toks, ms);
            // «Yury Ushakov: …»: “I” is theirs until the next turn, if we know who takes it
            if (turn != null) turnSpeaker = turn.speaker;
            else if (turns.turnShaped(doc, toks)) { turnSpeaker = null; focus = null; }
            // “Yury Ushakov: Good evening!”, “No, they didn't.”: a turn of a few words asserts nothing on its own
            boolean bare = turn != null && Turns.words(toks, turn.contentStart) < Turns.MIN_WORDS;
            if (turn == null && !question) turn = turns.quoteThenAttribution(toks, ms, s - focusSentence <= FOCUS_SPAN ? focus : null);
            if (turn == null && !question) turn = readout.pointAt(toks, principal); // “Attention was drawn to …”
            if (turn != null && !bare) drafts.add(turn);
            int skipFrom = turn != null && turn.start > turn.contentStart ? turn.start : -1;
            for (int i = question ? toks.size() : turn == null ? 0 : turn.contentStart; i < toks.size(); ) {
                if (i == skipFrom) { i = turn.speakerEnd; continue; }
                int[] len = {0};
                SpeechAct lex = turns.actAt(toks, i, len);
                // «تلقى ولد الشيخ دعوة»: spelt with ة it is the noun, though folded it reads as «دعوه», they called him
                if (lex != null && len[0] == 1 && !lex.bareNoun() && !lex.participle() && !lex.possessive()
                        && Sentences.endsWithTaMarbuta(doc, toks.get(i))) lex = res.speechNoun(toks.get(i).form());
                // «بحثا خلاله» (they discussed during it) read as bi- + «حثا» (they urged): bi- never stands on a verb, only
                // on a noun («نتطلع بأمل», with hope)
                // nor does a preposition written apart («يسهم الحوار في حث الجانب الأمريكي», in urging)
                if (lex != null && !lex.bareNoun() && !lex.possessive() && !lex.participle()
                        && (toks.get(i).hasClitic('\u0628') || i > 0 && res.lang().equals("ar") && res.isPreposition(toks.get(i - 1).form())))
                    lex = res.speechNoun(toks.get(i).form());
                // “We are talking about the support for …”: after a determiner a verb's form is its noun; an English bare
                // form is a verb only after its subject pronoun, “to”, a modal or an adverb, or after a named subject
                // (“humanitarian support”, “the NATO Support and Procurement Agency” are nouns)
                if (lex != null && len[0] == 1 && i > 0 && res.verbOrNoun().isDeterminer(toks.get(i - 1).form())) lex = null;
                if (lex != null && len[0] == 1 && res.verbOrNoun().isBareForm(toks.get(i).form()) && !bareVerb(doc, toks, ms, i)) lex = null;
                if (lex == null || Sentences.mentionCovering(ms, i) != null || res.isImpersonal(toks.get(i).form())) { i++; continue; }
                Draft d = new Draft();
                d.start = i; d.end = i + len[0]; d.lex = lex; d.type = lex.type();
                JointSpeakers.Pair both = joint.openedAt(toks, ms, d.end);
                // “According to him, …”: a phrase that ends with its own pronoun names no one after it
                boolean ownPronoun = len[0] > 1 && res.isPronoun(toks.get(d.end - 1).form());
                Actor owner;
                int parties = joint.bothPartiesAt(toks, d.end);
                // «جدد الطرفان تأكيدهما»: the parties before a verbal noun (or a verb, SVO) are its subject
                if (parties < 0 && d.start > 0 && joint.bothPartiesBefore(toks, d.start)) parties = d.end;
                if (both == null && parties >= 0 && pair != null && s - pairSentence <= JointSpeakers.PAIR_SPAN) {
                    both = new JointSpeakers.Pair(pair.first(), pair.second(), parties);
                }
                // “The heads of state welcomed …” in a readout of a call between two: its two parties
                if (both == null && parties >= 0 && pair == null && readoutPair != null) both = new JointSpeakers.Pair(readoutPair.first(), readoutPair.second(), parties);
                if (both != null) {
                    d.speaker = both.first(); d.coSpeaker = both.second(); d.speakerEnd = both.end(); d.confidence = 0.75; d.explicit = true;
                } else if (parties < 0 && drafts.isEmpty() && (owner = cues.possessor(toks, ms, d.start, d.type)) != null) {
                    // “Responding to Charles Michel's call for direct contact”: the owner of a verbal noun, when no
                    // earlier act of the sentence reports it (“the need … to take Russia's demands” is Putin's)
                    d.speaker = owner; d.speakerEnd = d.end; d.confidence = 0.75; d.explicit = true;
                } else if (parties < 0 && !ownPronoun) {
                    speakers.resolve(toks, ms, core, drafts, quoted, d);
                    // «… سوري». معربًا عن أمله …»: a participle that opens a sentence goes on with the last one's speaker
                    if (d.speaker == null && d.lex.participle() && d.start == 0 && focus != null && s - focusSentence <= 1) {
                        d.speaker = focus; d.speakerEnd = d.end; d.confidence = 0.65; d.explicit = true;
                    }
                    // «وطالبا الأمم المتحدة»: a dual verb with no subject of its own is the pair in focus's
                    if (d.speaker == null && !d.dropped && partner != null && s - focusSentence <= FOCUS_SPAN
                            && res.hasPluralSubject(toks.get(d.start).form())) {
                        d.speaker = focus; d.speakerEnd = d.end; d.confidence = 0.6; // jointPartner adds the partner
                    }
                }
                boolean pronoun = ownPronoun || cues.pronounBefore(toks, d.start);
                Draft quotedSpeaker = d.speaker == null && pronoun ? speakers.quotedBefore(toks, drafts, quoted, d.start) : null;
                if (quotedSpeaker != null) {
                    // «… قوله إن «…»، لكنه حذر من …»: “he”, after the quotation, is the one just quoted
                    d.speaker = quotedSpeaker.speaker; d.speakerEnd = d.end; d.confidence = 0.7; d.explicit = true;
                }
                if (d.speaker == null && !d.describes && (pronoun || cues.firstPersonBefore(toks, d.start))) {
                    // the speaker of an earlier act of this sentence is in focus before any earlier sentence's:
                    // «نقل التلفزيون عن المعلم قوله إن …، لكنه حذر …»
                    Actor inFocus = !drafts.isEmpty() ? drafts.get(drafts.size() - 1).speaker
                            : turnSpeaker != null && !pronoun && !quoted[d.start] ? turnSpeaker
                            : s - focusSentence <= FOCUS_SPAN ? focus : null;
                    // “President Biden even talked about … He said that …”: with no speaker in focus, “he” is the
                    // person the last sentence was about
                    if (inFocus == null && pronoun && !cues.firstPersonBefore(toks, d.start)) inFocus = SubjectCues.salientPerson(ms, core, d.start, s);
                    if (inFocus != null) { d.speaker = inFocus; d.speakerEnd = d.end; d.confidence = 0.7; d.explicit = true; }
                }
                if (d.speaker == null && !d.dropped && SubjectCues.opensSentence(toks, d.start) && SubjectCues.noMentionBefore(ms, d.start)) {
                    if (cues.subjectDropped(toks, d.end)) {
                        // «كما اتفقا»: a dual or plural verb goes on with a pair in focus, never with one actor
                        boolean plural = res.hasPluralSubject(toks.get(d.start).form());
                        if (focus != null && s - focusSentence <= FOCUS_SPAN && (!plural || partner != null)) { d.speaker = focus; d.confidence = 0.6; }
                    } else {
                        // «وقال يالجين أكدوجان …»: someone we cannot name takes the floor; a later «وأضاف» is theirs
                        unnamedSpeaker = true;
                    }
                }
                if (d.speaker != null && res.needsTopic(toks.get(d.start).form()) && !cues.topicFollows(toks, Math.max(d.end, d.speakerEnd))) d.speaker = null;
                org.khabar.nlp.RequiredObject blame = res.requiredObjects(toks.get(d.start).form());
                if (d.speaker != null && blame != null && !cues.blamedFollows(toks, ms, Math.max(d.end, d.speakerEnd), d.speaker, blame)) d.speaker = null;
                if (d.speaker != null && res.needsAgreedContent(toks.get(d.start).form())) {
                    // one agrees with someone: «اتفق المعلم ووزير الخارجية العماني يوسف بن علوي على أن» is both ministers'
                    int agreed = cues.agreedContentAt(toks, d.end);
                    if (agreed < 0) d.speaker = null;
                    else if (d.coSpeaker == null) d.coSpeaker = joint.partnerOf(toks, ms, d.speaker, agreed);
                }
                if (d.speaker != null && d.coSpeaker == null) d.coSpeaker = jointPartner(d, drafts, toks, focus, partner);
                if (d.speaker != null) {
                    content.findAddresseeAndContent(toks, ms, d);
                    drafts.add(d);
                }
                i = d.end;
            }
            for (Mention m : ms) if (!m.oblique() && m.agent() != null) core.add(m);
            NestedActs.merge(drafts, quoted);
            for (Draft d : drafts) { content.retypeByContent(toks, d); content.retypeOwnSupport(doc, toks, ms, d); }
            NestedActs.reportedActs(drafts, quoted);
            Statement previous = null;
            for (int k = 0; k < drafts.size(); k++) {
                Draft d = drafts.get(k);
                int limit = k + 1 < drafts.size() && drafts.get(k + 1).start > d.contentStart ? drafts.get(k + 1).start : toks.size();
                if (d.clauseEnd > d.contentStart) limit = Math.min(limit, d.clauseEnd);
                Statement st = toStatement(doc, s, toks, d, content.ownDate(found, doc.sentences().get(s).getStart(), toks, d, limit, published), limit);
                // «رحبت الجامعة بالهدنة ودعت الحوثيين للالتزام ببنودها»: a joined act about nothing named is about
                // what the act it is joined to named
                if (d.coordinated && st.topics().isEmpty() && previous != null && previous.speaker().equals(st.speaker()))
                    st = new Statement(st.speaker(), st.addressee(), st.type(), firstIfCall(st.type(), previous.topics()), st.quote(),
                            st.content(), st.date(), st.evidence(), st.confidence());
                doc.statements().add(st);
                if (d.coSpeaker != null) doc.statements().add(new Statement(d.coSpeaker, st.addressee(), st.type(), st.topics(),
                        st.quote(), st.content(), st.date(), st.evidence(), st.confidence()));
                previous = st;
                focus = d.speaker;
                partner = d.coSpeaker;
                focusSentence = s;
                if (partner != null) { pair = new JointSpeakers.Pair(focus, partner, -1); pairSentence = s; }
            }
            if (unnamedSpeaker && drafts.isEmpty()) focus = null;
            doc.focus().add(focus);
        }
    }

    /**
     * The other party of an act whose speaker is one of a pair: the act shares an earlier act's subject in this
     * sentence («وأعرب الطرفان … وأكدا»), or its verb is dual or plural and the pair is in focus («وطالبا»).
     */
    private Actor jointPartner(Draft d, List<Draft> drafts, List<Token> toks, Actor focus, Actor partner) {
        for (Draft e : drafts) if (e.coSpeaker != null && e.speaker.equals(d.speaker)) return e.coSpeaker;
        // «ودعت الوثيقة»: the document of the pair in focus is both parties'
        boolean plural = res.hasPluralSubject(toks.get(d.start).form()) || d.end < toks.size() && res.isDocumentNoun(toks.get(d.end).form());
        return plural && partner != null && d.speaker.equals(focus) ? partner : null;
    }

    /** Whether the English bare form at {@code i} is a verb (see bare-form-cues.txt). */
    private boolean bareVerb(Document doc, List<Token> toks, List<Mention> ms, int i) {
        // “Aleksandar Vucic: Thank you for your kind words”: opening a clause, before its object pronoun
        boolean opens = i == 0 || toks.get(i - 1).form().equals(":") || Quotations.isAnyQuoteMark(toks.get(i - 1).form());
        if (opens) return i + 1 < toks.size() && res.verbOrNoun().isObjectPronoun(toks.get(i + 1).form());
        if (res.verbOrNoun().isVerbCue(toks.get(i - 1).form())) return true;
        return Sentences.agentEndingAt(ms, i) != null && Character.isLowerCase(doc.text().charAt(toks.get(i).start()));
    }

    private static List<String> firstIfCall(String type, List<String> topics) {
        return (type.equals("Call") || type.equals("Demand")) && topics.size() > 1 ? topics.subList(0, 1) : topics;
    }

    /** The statement of a draft; its topics come from its own clause, which ends where the next act begins. */
    private Statement toStatement(Document doc, int s, List<Token> toks, Draft d, DateValue date, int limit) {
        int from = Math.min(d.contentStart, toks.size());
        String content = Sentences.text(doc, toks, from, toks.size()).strip();
        String clause = Sentences.text(doc, toks, from, Math.min(limit, Quotations.clauseEnd(toks, from)));
        List<String> about = topics.topics(clause);
        // what is called for is the first thing named; later topics are its purposes (“corridors to deliver aid”)
        about = firstIfCall(d.type, about);
        String quote = Quotations.quote(doc, toks, from);
        var span = doc.sentences().get(s);
        return new Statement(d.speaker, d.addressee, d.type, about, quote, content.isEmpty() ? null : content, date,
                new Evidence(span.getStart(), span.getEnd(), toks.get(d.start).start()), d.confidence);
    }

}
