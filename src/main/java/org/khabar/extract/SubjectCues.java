package org.khabar.extract;

import java.util.List;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * What the words around a speech verb say about its subject: a pronoun or “we” before it, nothing that can be one
 * after it, a person opening the sentence before a comma; and the mentions a subject may be found among (the core
 * actor last named, the person the last sentence was about).
 */
final class SubjectCues {
    /** How far past an apposition to the speaker what an act like «اعتبر» reports may open. */
    private static final int APPOSITION_REACH = 24;
    /** How far back a second relative pronoun of the same form looks for the first one. */
    private static final int RELATIVE_STACK = 8;
    private final LanguageResources res;

    SubjectCues(LanguageResources res) { this.res = res; }

    /**
     * The actor a relative pronoun stands for: the mention right before it («كييف التي تتهم الكرملين»); or null.
     * A second relative of the same form stacks on the first one's noun: in «المبادرة التي أطلقها الرئيس الروسي فلاديمير
     * بوتين التي تدعو إلى» the initiative calls, not the agent of the first clause.
     */
    Mention relativeAntecedent(List<Token> toks, List<Mention> ms, int relative) {
        int rel = relative;
        for (int j = rel - 2; j >= 0 && relative - j <= RELATIVE_STACK; j--) {
            if (toks.get(j).form().equals(toks.get(relative).form())) { rel = j; break; }
        }
        return Sentences.agentEndingAt(ms, rel);
    }

    /**
     * Whether the verb is followed by something that cannot be its subject (a preposition, a complementizer,
     * punctuation, a date, a title that refers back): then the subject is dropped and the focus speaks. An
     * unknown word there may be a name we do not know, and the statement is better left unattributed.
     */
    boolean subjectDropped(List<Token> toks, int after) {
        if (after >= toks.size()) return true;
        Token t = toks.get(after);
        String f = t.form();
        // «وصرح الرئيس الكيني»: a title of a named country that named no one is someone we cannot name, not the focus
        if (res.isTitleHead(f) && after + 1 < toks.size() && res.nationality(toks.get(after + 1).form()) != null) return false;
        // «ودعا وزراء الخارجية»: ministers of no body we know are a group we cannot name, not the speaker in focus
        if (res.isCollectiveTitle(f)) return false;
        // «وقال لـ«الشرق الأوسط»»: li- written apart, with a tatweel, before a quoted name
        boolean detachedPreposition = f.length() == 1 && res.proclitics().contains(f) && !f.equals("\u0648") && !f.equals("\u0641");
        return t.isPunctuation() || detachedPreposition || res.isPreposition(f) || res.isComplementizer(f) || res.isDateWord(f)
                || res.isTitleHead(f) || !t.clitic().isEmpty() || res.speechVerb(f) != null
                || res.isVerbAdverb(f) // «وأضاف قائلا», he added, saying: no name follows
                || res.isDocumentNoun(f); // «وأضاف البيان»: the statement speaks for its issuer
    }

    /** A first-person pronoun up to four words before the verb, in the same clause. */
    boolean firstPersonBefore(List<Token> toks, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 4; j--) {
            Token t = toks.get(j);
            if (res.isFirstPerson(t.form())) return true;
            if (t.isPunctuation()) return false;
        }
        return false;
    }

    /**
     * What an act like «تحدث» is about follows within a few words: «تحدث الجبير كذلك عن التحسن», or reported content;
     * «تحدث أيضا مع ترودو» is a conversation, «يتحدث أمام حشد» a speech whose words come later, «تعتبر اليوم نموذجا»
     * (is considered a model) no act of considering.
     */
    boolean topicFollows(List<Token> toks, int from) {
        // what it is about comes close, unless an apposition after the speaker puts it further («اعتبر رامي الدالاتي،
        // عضو المجلس العسكري …، أن»)
        int reach = from < toks.size() && Sentences.isComma(toks.get(from)) ? APPOSITION_REACH : 5;
        for (int j = from; j < toks.size() && j < from + reach; j++) {
            String f = toks.get(j).form();
            if (res.isTopicPreposition(f) || res.isComplementizer(f) || f.equals(":") || Quotations.isQuoteMark(f)) return true;
            if (res.isComitative(f) || j > from && res.speechVerb(f) != null) return false;
        }
        return false;
    }

    /**
     * «اتفق المعلم ووزير الخارجية العماني على أن …», «اتفق الطرفان على إدانة …», “agreed that”: where what was agreed
     * is said — a complementizer, or an agreement preposition before one or before a content word (an article between
     * allowed) — before a comma, another act's verb or the end of the sentence; -1 if it is not («اتفقا على عقد لقاء»,
     * “agreed to establish cooperation, so that …”).
     */
    int agreedContentAt(List<Token> toks, int from) {
        for (int j = from; j < toks.size() && j < from + OBJECT_REACH; j++) {
            String f = toks.get(j).form();
            if (res.isComplementizer(f)) return j;
            if (res.isAgreementPreposition(f)) {
                int k = j + 1;
                if (k < toks.size() && res.isStopword(toks.get(k).form()) && !res.isComplementizer(toks.get(k).form())) k++;
                boolean said = k < toks.size() && (res.isComplementizer(toks.get(k).form()) || res.contentMarker(toks.get(k).form()) != null);
                return said ? j : -1;
            }
            if (Sentences.isComma(toks.get(j)) || j > from && res.speechVerb(f) != null) return -1;
        }
        return -1;
    }

    /**
     * «حمّل الرئيس عباس الحكومة الإسرائيلية المسؤولية», “held Russia responsible”: one of the verb's required words
     * follows, with someone other than the speaker (an actor, or a nationality: «الحكومة الإسرائيلية») before it;
     * «تحمل المسؤولية» (to bear responsibility) blames no one. A verb that expresses («أبدى استعداده») needs only the word.
     */
    boolean blamedFollows(List<Token> toks, List<Mention> ms, int from, Actor speaker, org.khabar.nlp.RequiredObject objects) {
        boolean someone = !objects.blames();
        for (int j = from; j < toks.size() && j < from + OBJECT_REACH; j++) {
            String f = toks.get(j).form();
            if (objects.words().contains(f)) return someone;
            Mention m = Sentences.mentionAt(ms, j);
            if (m != null && m.agent() != null && !m.agent().equals(speaker) && m.actor().kind() != ActorKind.Place) someone = true;
            if (res.nationality(f) != null) someone = true;
            // what someone shows may come after an apposition («أبدى … فابيوس، الذي جعل …، تأييده»)
            if (Sentences.isComma(toks.get(j)) && objects.blames() || res.speechVerb(f) != null) return false;
        }
        return false;
    }

    /** Words between a verb and what it needs after it («على أن» after «اتفق», «المسؤولية» after «حمّل»): the parties, with their titles. */
    private static final int OBJECT_REACH = 14;

    /** «He noted»: a personal pronoun just before the verb (particles allowed between). */
    boolean pronounBefore(List<Token> toks, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
            String f = toks.get(j).form();
            if (res.isPronoun(f)) return onlyParticlesBetween(toks, j + 1, verb);
        }
        return false;
    }

    /** Up to two particles or date words between a subject and its verb: «X قد أعلن»، «X أمس دعوته». */
    boolean onlyParticlesBetween(List<Token> toks, int from, int to) {
        if (to - from > 2) return false;
        for (int j = from; j < to; j++) {
            String f = toks.get(j).form();
            // a comma then fa- resumes a fronted subject: «أما وزير الخارجية المصري، فقد أكد»
            if (Sentences.isComma(toks.get(j)) && j == from && resumes(toks, j + 1, to)) continue;
            if (!res.isSubjectParticle(f) && !res.isDateWord(f)) return false;
        }
        return true;
    }

    /** The word after the comma carries fa-: the verb itself (فأكد) or a particle before it (فقد). */
    private boolean resumes(List<Token> toks, int next, int verb) {
        if (next > verb || next >= toks.size()) return false;
        Token t = toks.get(next);
        return next == verb ? t.clitic().startsWith("\u0641") : t.form().startsWith("\u0641") && res.isSubjectParticle(t.form());
    }

    /** Longest apposition between a subject and its verb: “Mark Durkan, the leader of the SDLP, said”. */
    private static final int APPOSITION = 12;

    /**
     * Whether a comma at {@code comma} opens an apposition with a title word that runs to the verb (a comma
     * before the verb or not): “Tony Blair, former British Prime Minister said”. No quotation, other comma or
     * speech verb inside, and it opens with a title, a function word, a nationality or a word such as “former”
     * ({@code apposition-openers.txt}), so a list of names or a clause of its own is not read as one.
     */
    boolean apposition(List<Token> toks, int comma, int verb) {
        if (comma >= verb || !Sentences.isComma(toks.get(comma))) return false;
        int last = Sentences.isComma(toks.get(verb - 1)) ? verb - 1 : verb;
        if (last - comma - 1 < 1 || last - comma - 1 > APPOSITION) return false;
        String first = toks.get(comma + 1).form();
        if (!res.isTitle(first) && !res.isStopword(first) && !res.isRelativePronoun(first) && res.nationality(first) == null
                && !res.opensApposition(first)) return false;
        boolean title = false;
        for (int j = comma + 1; j < last; j++) {
            Token t = toks.get(j);
            if (Quotations.isAnyQuoteMark(t.form()) || Sentences.isComma(t) || res.speechVerb(t.form()) != null) return false;
            if (res.isTitle(t.form())) title = true;
        }
        return title;
    }

    /** Acts whose word, as a noun after a possessive, is still an act: a call, a demand, a warning (“Canada's support” is aid). */
    private static final java.util.Set<String> NOMINAL_ACTS = java.util.Set.of("Call", "Demand", "Warning", "Denial", "Accusation", "Criticism");

    /** The actor before an English possessive «'s» just before {@code at}, when an act of {@code type} may be a noun; or null. */
    Actor possessor(List<Token> toks, List<Mention> ms, int at, String type) {
        if (at < 2 || !NOMINAL_ACTS.contains(type) || !toks.get(at - 1).form().equals("'s")) return null;
        Mention m = Sentences.agentEndingAt(ms, at - 1);
        return m == null ? null : m.agent();
    }

    /** bi- split off, or still on a word the lexicons do not know («بتوفير»): a long word cannot be bi- alone. */
    static boolean startsWithBi(Token t) {
        return t.hasClitic('\u0628') || (t.clitic().isEmpty() && t.form().length() >= 5 && t.form().charAt(0) == '\u0628');
    }

    static Mention lastCoreBefore(List<Mention> ms, List<Mention> core, int tokenIndex) {
        Mention best = null;
        for (Mention m : ms) if (m.tokenEnd() <= tokenIndex && !m.oblique() && m.agent() != null) best = m;
        if (best == null && !core.isEmpty()) best = core.get(core.size() - 1);
        return best;
    }

    /**
     * «نائب الائتلاف السوري المعارض هشام مروة، أكد …»: a person who opens the sentence (after their title only),
     * then a comma and the verb, is its subject.
     */
    boolean topicThenComma(List<Token> toks, List<Mention> ms, Mention m, int verb) {
        if (m.tokenEnd() + 1 != verb || !Sentences.isComma(toks.get(m.tokenEnd())) || m.oblique() || !isPerson(m)) return false;
        for (Mention o : ms) if (o.tokenEnd() <= m.tokenStart() && !o.oblique()) return false;
        for (int j = 0; j < m.tokenStart(); j++) {
            Token t = toks.get(j);
            if (!res.isTitle(t.form()) && res.nationality(t.form()) == null && Sentences.mentionCovering(ms, j) == null
                    && !res.isTitleLink(t.form()) && !(Sentences.isArabicWord(t) && !res.isStopword(t.form()) && j > 0)) return false;
        }
        return true;
    }

    /** The first person named as a subject earlier in this sentence, or else in the sentence before. */
    static Actor salientPerson(List<Mention> ms, List<Mention> core, int tokenIndex, int s) {
        for (Mention m : ms) if (m.tokenEnd() <= tokenIndex && !m.oblique() && isPerson(m)) return m.agent();
        for (Mention m : core) if (m.sentence() == s - 1 && isPerson(m)) return m.agent();
        return null;
    }

    static boolean isPerson(Mention m) {
        return m.agent() != null && m.agent().kind() == ActorKind.Person;
    }

    /**
     * The subject of a sentence that opens with its verb («واستعرض الوزير المعلم …»): the first mention, an actor in
     * no one's case, right after the opening word and any title words; null if the sentence opens otherwise.
     */
    Mention openingSubject(List<Token> toks, List<Mention> ms) {
        if (ms.isEmpty() || toks.isEmpty() || Sentences.mentionAt(ms, 0) != null || !Sentences.isArabicWord(toks.get(0))) return null;
        Mention first = ms.get(0);
        if (first.agent() == null || first.actor().kind() == ActorKind.Place) return null;
        for (int k = 1; k < first.tokenStart(); k++) if (!res.isTitle(toks.get(k).form()) && res.nationality(toks.get(k).form()) == null) return null;
        // a titled name reads as governed after a word we do not know; right after the opening verb it is its subject
        boolean titled = first.tokenStart() > 1 && toks.get(1).clitic().isEmpty();
        return first.oblique() && !titled ? null : first;
    }

    /** Words of a crosshead the press runs into the next paragraph («تصعيد مفاجئ وأضاف»). */
    private static final int CROSSHEAD = 3;

    /** The verb at {@code verb} opens its sentence, or follows only a crosshead run into the paragraph («تصعيد مفاجئ وأضاف أن»). */
    static boolean opensSentence(List<Token> toks, int verb) {
        return verb <= 1 || (verb <= CROSSHEAD && toks.get(verb).clitic().equals("\u0648") && onlyWords(toks, 0, verb));
    }

    /**
     * «عقد وزير الشؤون الخارجية، خميس الجهيناوي، لقاء صحفيا …، أكد خلاله أنه»: a verb followed by «خلاله» (during it)
     * tells what the one who held the event did; that is the sentence's first subject, when no other actor stands
     * between it and the verb. Null otherwise.
     */
    Mention eventHolder(List<Token> toks, List<Mention> ms, int verb, int verbEnd) {
        if (verbEnd >= toks.size() || !res.isDuringIt(toks.get(verbEnd).form())) return null;
        Mention first = firstSubject(ms, verb);
        return first != null && !actorBetween(ms, first.tokenEnd(), verb) ? first : null;
    }

    /** The first actor in the sentence before {@code before} that no preposition governs, a person or a body; or null. */
    static Mention firstSubject(List<Mention> ms, int before) {
        for (Mention m : ms) {
            if (m.tokenStart() >= before) return null;
            if (!m.oblique() && m.agent() != null && m.actor().kind() != ActorKind.Place) return m;
        }
        return null;
    }

    static boolean actorBetween(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.tokenStart() >= from && m.tokenEnd() <= to && !m.oblique() && m.agent() != null) return true;
        return false;
    }

    /** Whether tokens {@code [from, to)} are all words, no punctuation or digits. */
    static boolean onlyWords(List<Token> toks, int from, int to) {
        for (int j = from; j < to; j++) if (!Character.isLetter(toks.get(j).form().codePointAt(0))) return false;
        return true;
    }

    static boolean noMentionBefore(List<Mention> ms, int tokenIndex) {
        for (Mention m : ms) if (m.tokenStart() < tokenIndex) return false;
        return true;
    }
}
