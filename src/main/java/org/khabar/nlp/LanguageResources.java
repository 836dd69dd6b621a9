package org.khabar.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.lexicon.Lexicon;

/**
 * The data-file lexicons of one language (speech verbs, titles, nationalities, prepositions, meeting and
 * event triggers, months, weekdays, boilerplate), loaded once, folded, and shared read-only by all workers.
 */
public final class LanguageResources {
    private final String lang;
    private final Map<String, SpeechAct> speech = new HashMap<>();
    private final Map<String, SpeechAct> speechPhrases = new HashMap<>();
    private final GappedPhrases gappedPhrases = new GappedPhrases();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> titleHeads = new HashSet<>();
    private final Set<String> collectiveTitles = new HashSet<>();
    private final Map<String, String> nationalities = new HashMap<>();
    private final Set<String> anaphora;
    private final Set<String> prepositions;
    private final Set<String> locatives;
    private final Set<String> placeNouns;
    private final Set<String> seatNouns;
    private final List<String> enclitics;
    private final Set<String> nounEndings;
    private final Set<String> comitatives;
    private final Set<String> aboutVerbs = new HashSet<>();
    private final Set<String> agreedVerbs = new HashSet<>();
    private final Map<String, RequiredObject> objectVerbs = new HashMap<>();
    private final Set<String> agreementPrepositions;
    private final Set<String> topicPrepositions;
    private final Set<String> verbAdverbs;
    private final Set<String> continuatives;
    private final Set<String> documentNouns;
    private final Set<String> compoundNameEnds;
    private final Set<String> arrivalVerbs;
    private final Set<String> subjectParticles;
    private final Set<String> nameParticles;
    private final Set<String> titleLinks;
    private final Set<String> pronouns;
    private final VerbOrNoun verbOrNoun;
    private final Set<String> relativePronouns;
    private final Set<String> objectEndings;
    private final Set<String> bodyWords;
    private final Map<String, String> contentMarkers = new HashMap<>();
    private final Set<String> clauseMarkers = new java.util.HashSet<>();
    private final Set<String> impersonal;
    private final Set<String> firstPerson;
    private final Set<String> firstPersonVerbs = new HashSet<>();
    private final Set<String> pluralSubjectVerbs = new HashSet<>();
    private final Set<String> stopwords;
    private final Set<String> complementizers;
    private final Map<String, String> meetingTriggers = new HashMap<>();
    private final Set<String> meetingAnchors;
    private final Set<String> reciprocals;
    private final Set<String> lateMarkers;
    private final Set<String> duringIt;
    private final Set<String> ownSupportVerbs;
    private final Set<String> appositionOpeners;
    private final Map<String, SpeechAct> nouns = new HashMap<>();
    private final Map<String, String> eventTriggers = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private Set<String> lexiconWords = Set.of();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> proclitics = new ArrayList<>();
    private Irrealis irrealis;
    private final List<String[]> dateWords = new ArrayList<>();
    private int longestPhrase = 1;
    private final Set<String> phraseWords = new HashSet<>();

    private LanguageResources(String lang) {
        this.lang = lang;
        String d = lang + "/";
        this.anaphora = words(d + "anaphora.txt");
        this.prepositions = words(d + "prepositions.txt");
        this.locatives = words(d + "locatives.txt");
        this.placeNouns = words(d + "place-nouns.txt");
        this.seatNouns = words(d + "seat-nouns.txt");
        this.nounEndings = words(d + "noun-endings.txt");
        this.enclitics = words(d + "enclitics.txt").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.comitatives = words(d + "comitatives.txt");
        this.topicPrepositions = words(d + "topic-prepositions.txt");
        this.agreementPrepositions = words(d + "agreement-prepositions.txt");
        this.verbAdverbs = words(d + "verb-adverbs.txt");
        this.continuatives = words(d + "continuatives.txt");
        this.documentNouns = words(d + "document-nouns.txt");
        this.compoundNameEnds = words(d + "name-compound-ends.txt");
        this.arrivalVerbs = words(d + "arrival-verbs.txt");
        this.subjectParticles = words(d + "subject-particles.txt");
        this.nameParticles = words(d + "name-particles.txt");
        this.titleLinks = words(d + "title-links.txt");
        this.pronouns = words(d + "pronouns.txt");
        this.verbOrNoun = new VerbOrNoun(lang);
        this.relativePronouns = words(d + "relative-pronouns.txt");
        this.objectEndings = words(d + "object-endings.txt");
        this.bodyWords = words(d + "body-words.txt");
        this.impersonal = words(d + "impersonal.txt");
        this.firstPerson = words(d + "first-person.txt");
        this.stopwords = words(d + "stopwords.txt");
        this.complementizers = words(d + "complementizers.txt");
        this.meetingAnchors = words(d + "meeting-anchors.txt");
        this.reciprocals = words(d + "reciprocals.txt");
        this.lateMarkers = words(d + "late-markers.txt");
        this.duringIt = words(d + "during-it.txt");
        this.ownSupportVerbs = words(d + "own-support-verbs.txt");
        this.appositionOpeners = words(d + "apposition-openers.txt");
    }

    /** The folded words of a one-word-per-line data file. */
    static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String t : Lexicon.lines(file)) out.add(ArabicFolding.fold(t.strip()));
        return Set.copyOf(out);
    }

    /** The words of a flag {@code object=W1|W2} or {@code expresses=W1|W2} (folded), or null. */
    private static RequiredObject objects(String flags) {
        for (String flag : flags.split("\\s+")) {
            boolean blames = flag.startsWith("object=");
            if (blames || flag.startsWith("expresses=")) {
                Set<String> out = new HashSet<>();
                for (String w : Lexicon.alternatives(flag.substring(flag.indexOf('=') + 1))) out.add(ArabicFolding.fold(w));
                return new RequiredObject(Set.copyOf(out), blames);
            }
        }
        return null;
    }

    /** Loads the resources of {@code lang} (“ar” or “en”). */
    public static LanguageResources load(String lang) {
        LanguageResources r = new LanguageResources(lang);
        String d = lang + "/";
        if (lang.equals("ar")) r.proclitics.addAll(Lexicon.lines(d + "proclitics.txt").stream().map(String::strip).toList());
        ArabicVerbForms verbs = lang.equals("ar") ? new ArabicVerbForms(Lexicon.rows(d + "verb-affixes.tsv", 2)) : null;
        for (String[] row : Lexicon.rows(d + "date-words.tsv", 3)) r.dateWords.add(new String[] {row[0], ArabicFolding.fold(row[1]), row[2]});
        for (String[] row : Lexicon.rows(d + "speech-verbs.tsv", 4)) {
            boolean addr = row[3].contains("addressee-object");
            boolean about = row[3].contains("about");
            Set<String> flagged = about ? r.aboutVerbs : row[3].contains("agreed") ? r.agreedVerbs : null;
            RequiredObject objects = objects(row[3]);
            if (row[1].contains(" ") || row[2].contains(" ")) {
                List<String> stems = new ArrayList<>(List.of(row[1]));
                stems.addAll(lang.equals("ar") ? List.of(row[2]) : Lexicon.alternatives(row[2]));
                for (String stem : stems) {
                    String f = phrase(stem);
                    int n = f.split(" ").length;
                    if (f.contains(GappedPhrases.GAP)) { r.gappedPhrases.add(f, new SpeechAct(row[0], addr, n - 1)); continue; }
                    r.speechPhrases.put(f, new SpeechAct(row[0], addr, n));
                    r.longestPhrase = Math.max(r.longestPhrase, n);
                }
            } else if (lang.equals("ar")) {
                for (String f : verbs.forms(row[1], row[2])) {
                    r.speech.putIfAbsent(f, new SpeechAct(row[0], addr, 1));
                    if (flagged != null) flagged.add(f);
                    if (objects != null) r.objectVerbs.put(f, objects);
                }
                r.firstPersonVerbs.addAll(verbs.firstPersonPlural(row[1], row[2]));
                r.pluralSubjectVerbs.addAll(verbs.pluralSubject(row[1], row[2]));
            } else {
                r.speech.putIfAbsent(ArabicFolding.fold(row[1]), new SpeechAct(row[0], addr, 1));
                if (!Lexicon.alternatives(row[2]).contains(row[1])) r.verbOrNoun.addBareForm(ArabicFolding.fold(row[1]));
                for (String f : Lexicon.alternatives(row[2])) r.speech.putIfAbsent(ArabicFolding.fold(f), new SpeechAct(row[0], addr, 1));
                if (flagged != null) {
                    flagged.add(ArabicFolding.fold(row[1]));
                    for (String f : Lexicon.alternatives(row[2])) flagged.add(ArabicFolding.fold(f));
                }
                if (objects != null) {
                    r.objectVerbs.put(ArabicFolding.fold(row[1]), objects);
                    for (String f : Lexicon.alternatives(row[2])) r.objectVerbs.put(ArabicFolding.fold(f), objects);
                }
            }
        }
        if (lang.equals("ar")) {
            for (String[] row : Lexicon.rows(d + "speech-nouns.tsv", 2)) {
                SpeechAct noun = new SpeechAct(row[0], false, 1, true);
                r.speech.putIfAbsent(ArabicFolding.fold(row[1]), noun);
                r.nouns.put(ArabicFolding.fold(row[1]), noun);
                for (String f : verbs.possessives(row[1])) r.speech.putIfAbsent(f, new SpeechAct(row[0], false, 1, false, false, true));
            }
        }
        r.irrealis = new Irrealis(lang, r.proclitics);
        for (String[] row : Lexicon.rows(d + "titles.tsv", 2)) {
            String f = ArabicFolding.fold(row[0]);
            r.titles.add(f);
            if (row[1].equals("head") || row[1].equals("collective")) r.titleHeads.add(f);
            if (row[1].equals("collective")) r.collectiveTitles.add(f);
        }
        for (String[] row : Lexicon.rows(d + "nationalities.tsv", 2)) {
            String f = ArabicFolding.fold(row[0]);
            r.nationalities.put(f, row[1]);
            if (lang.equals("ar")) r.nationalities.put(f + "\u0647", row[1]); // the feminine form, taa marbuta folded to haa
        }
        for (String[] row : Lexicon.rows(d + "content-markers.tsv", 2)) {
            r.contentMarkers.put(ArabicFolding.fold(row[1]), row[0]);
            if (row.length > 2 && row[2].equals("clause")) r.clauseMarkers.add(ArabicFolding.fold(row[1]));
        }
        for (String[] row : Lexicon.rows(d + "speech-participles.tsv", 2)) {
            String f = phrase(row[1]);
            SpeechAct act = new SpeechAct(row[0], false, f.split(" ").length, false, true);
            if (f.contains(" ")) { r.speechPhrases.putIfAbsent(f, act); r.longestPhrase = Math.max(r.longestPhrase, act.tokens()); }
            else {
                r.speech.putIfAbsent(f, act);
                // feminine: a final alif of the adverbial accusative becomes ة
                if (lang.equals("ar")) r.speech.putIfAbsent((f.endsWith("\u0627") ? f.substring(0, f.length() - 1) : f) + "\u0647", act);
            }
        }
        for (String[] row : Lexicon.rows(d + "meeting-triggers.tsv", 2)) r.meetingTriggers.put(phrase(row[0]), row[1]);
        for (String[] row : Lexicon.rows(d + "event-triggers.tsv", 2)) r.eventTriggers.put(phrase(row[0]), row[1]);
        for (String[] row : Lexicon.rows(d + "months.tsv", 2)) r.months.put(phrase(row[0]), Integer.parseInt(row[1]));
        for (String[] row : Lexicon.rows(d + "weekdays.tsv", 2)) r.weekdays.put(ArabicFolding.fold(row[0]), Integer.parseInt(row[1]));
        for (String t : Lexicon.lines(d + "boilerplate.txt")) r.boilerplate.add(t.strip());
        for (String k : r.meetingTriggers.keySet()) r.longestPhrase = Math.max(r.longestPhrase, k.split(" ").length);
        for (String k : r.eventTriggers.keySet()) r.longestPhrase = Math.max(r.longestPhrase, k.split(" ").length);
        for (Map<String, ?> m : List.of(r.speechPhrases, r.meetingTriggers, r.eventTriggers))
            for (String k : m.keySet()) if (k.contains(" ")) r.phraseWords.addAll(List.of(k.split(" ")));
        Set<String> lexicon = r.knownWords();
        // words that are never part of a name though they split no clitic: «عقب عقد الاجتماع»
        for (Set<String> more : List.of(r.meetingAnchors, r.subjectParticles, r.complementizers, r.placeNouns)) lexicon.addAll(more);
        r.lexiconWords = Set.copyOf(lexicon);
        return r;
    }

    /** A multi-word entry as folded tokens joined by single spaces. */
    public static String phrase(String s) {
        return String.join(" ", ArabicTokenizer.plain().tokenize(s, 0, s.length()).stream().map(Token::form).toList());
    }

    /** Whether a folded word is one of the lexicons' own (a verb, trigger, title, month…): never part of a name. */
    public boolean isLexiconWord(String form) {
        if (lexiconWords.contains(form)) return true;
        for (String e : nounEndings) {
            if (form.length() - e.length() >= 3 && form.endsWith(e) && lexiconWords.contains(form.substring(0, form.length() - e.length()))) return true;
        }
        return false;
    }

    /** Every folded word the lexicons know: lets the tokenizer split a clitic off it. */
    public Set<String> knownWords() {
        Set<String> out = new HashSet<>(speech.keySet());
        // a complementizer inside a phrase («بين أن») is no word to split clitics off: «كان» is not ka + anna
        for (Map<String, ?> m : List.of(speechPhrases, meetingTriggers, eventTriggers, months))
            for (String k : m.keySet()) for (String w : k.split(" ")) if (!complementizers.contains(w)) out.add(w);
        out.addAll(titles);
        out.addAll(nationalities.keySet());
        out.addAll(anaphora);
        out.addAll(weekdays.keySet());
        return out;
    }

    public String lang() { return lang; }
    /** Proclitic combinations, longest first; empty for languages without them. */
    public List<String> proclitics() { return proclitics; }
    /** Pronouns attached at the end of a word (ar/enclitics.txt), longest first, folded. */
    public List<String> enclitics() { return enclitics; }
    /** Folded (kind, word, value) rows of the date vocabulary. */
    public List<String[]> dateWords() { return dateWords; }
    public SpeechAct speechVerb(String form) { return speech.get(form); }
    public SpeechAct speechPhrase(String forms) { return speechPhrases.get(forms); }
    /** Speech phrases with a gap inside (“went into … detail about”). */
    public GappedPhrases gappedPhrases() { return gappedPhrases; }
    /** The verbal noun of a folded form, for a word spelt with ة that folds like a verb («دعوة», «دعوه»). */
    public SpeechAct speechNoun(String form) { return nouns.get(form); }
    public int longestPhrase() { return longestPhrase; }

    /**
     * How many tokens from {@code i} a multi-word entry could cover: the run of words that occur in one, at least 1
     * and at most {@link #longestPhrase()}. Spares the phrase lookups at the many positions no phrase can start.
     */
    public int phraseReach(List<Token> toks, int i) {
        int k = 0, max = Math.min(longestPhrase, toks.size() - i);
        while (k < max && phraseWords.contains(toks.get(i + k).form())) k++;
        return Math.max(1, k);
    }
    public boolean isTitle(String form) { return titles.contains(form); }
    /** A title word that may begin a title (وزير), not only continue one (الخارجية). */
    public boolean isTitleHead(String form) { return titleHeads.contains(form); }

    /** «وزراء», «قادة»: a title held by several, who speak for the body they are of («وزراء خارجية دول الاتحاد الأوروبي»). */
    public boolean isCollectiveTitle(String form) { return collectiveTitles.contains(form); }
    public String nationality(String form) { return nationalities.get(form); }
    public boolean isAnaphor(String form) { return anaphora.contains(form); }
    public boolean isPreposition(String form) { return prepositions.contains(form); }
    /** A preposition (or clitic) after which a name is a place. */
    public boolean isLocative(String form) { return locatives.contains(form); }
    /** «العاصمة», “capital”: a noun between a locative and the place it names. */
    public boolean isPlaceNoun(String form) { return placeNouns.contains(form); }
    /** «مقر», «سفارة»: the seat of the actor named next, which is where a meeting is, not a party. */
    public boolean isSeatNoun(String form) { return seatNouns.contains(form); }
    /** A speech verb in the first person plural (ندعو، طالبنا). */
    public boolean isFirstPersonVerb(String form) { return firstPersonVerbs.contains(form); }
    /** A speech verb whose ending holds a dual or plural subject (وطالبا، أكدوا): its subject is not after it. */
    public boolean hasPluralSubject(String form) { return pluralSubjectVerbs.contains(form); }
    /** A first-person pronoun (we, نحن). */
    public boolean isFirstPerson(String form) { return firstPerson.contains(form); }
    /** A passive reporting formula (يذكر أن): no actor speaks. */
    public boolean isImpersonal(String form) { return impersonal.contains(form); }
    /** The statement type a word makes of a generic statement whose content it opens, or null. */
    public String contentMarker(String form) { return contentMarkers.get(form); }
    /** A marker that counts only opening the content with a clause of its own («على الحكومة أن»). */
    public boolean isClauseMarker(String form) { return clauseMarkers.contains(form); }
    /** A relative pronoun (التي، الذي, who). */
    public boolean isRelativePronoun(String form) { return relativePronouns.contains(form); }
    /** A word that names bodies, places or things rather than people (Ministry, Cross, Kremlin). */
    public boolean isBodyWord(String form) { return bodyWords.contains(form); }
    /** A word in an oblique case by its ending (الحوثيين): an object, never the subject after a verb. */
    public boolean isObjectForm(String form) {
        for (String e : objectEndings) if (form.length() > e.length() + 1 && form.endsWith(e)) return true;
        return false;
    }
    /** A personal pronoun that refers to the speaker in focus when it is a speech verb's subject. */
    public boolean isPronoun(String form) { return pronouns.contains(form); }
    /** When an English speech verb's form is its noun (“the support for”, “humanitarian support”). */
    public VerbOrNoun verbOrNoun() { return verbOrNoun; }
    /** A word joining a title to what it is of (“of”, “the”). */
    public boolean isTitleLink(String form) { return titleLinks.contains(form); }
    /** A word inside a name that does not end it (عبد، بن، أبو). */
    public boolean isNameParticle(String form) { return nameParticles.contains(form); }
    /** «وصل», “arrived”: a visit only with the place arrived at after it. */
    public boolean isArrival(String form) { return arrivalVerbs.contains(form); }
    /** «الدين» in «صلاح الدين دمرطاش»: the second half of a compound given name, after which the name goes on. */
    public boolean isCompoundNameEnd(String form) { return compoundNameEnds.contains(form); }
    /** A date word (weekday, today, yesterday) that may stand between a subject and its verb. */
    public boolean isDateWord(String form) {
        if (weekdays.containsKey(form)) return true;
        for (String[] w : dateWords) if (w[0].equals("relative-day") && w[1].equals(form)) return true;
        return false;
    }
    /** A word that may open an apposition besides a title or function word (“former”). */
    public boolean opensApposition(String form) { return appositionOpeners.contains(form); }
    /** A particle that may stand between a subject and its verb (قد). */
    public boolean isSubjectParticle(String form) { return subjectParticles.contains(form); }
    /** A preposition after which an actor takes part with the subject (مع، بين). */
    public boolean isComitative(String form) { return comitatives.contains(form); }
    /** «تحدث», spoke: a speech act only about something («عن», «حول») or with reported content, not «تحدث مع». */
    public boolean needsTopic(String form) { return aboutVerbs.contains(form); }
    /** «قائلا», «أيضا»: a word after a speech verb that is not its subject. */
    public boolean isVerbAdverb(String form) { return verbAdverbs.contains(form); }
    /** «البيان», «الوثيقة»: a document that speaks for whoever issued it. */
    public boolean isDocumentNoun(String form) { return documentNouns.contains(form); }
    /** «كما», “then”: before a verb, the sentence's subject goes on. */
    public boolean isContinuative(String form) { return continuatives.contains(form); }
    /** «اتفق» (agreed): a statement only when what was agreed is said («على أن», «على إدانة»; in English, that). */
    public boolean needsAgreedContent(String form) { return agreedVerbs.contains(form); }
    /** «على», “on”: what was agreed follows it. */
    public boolean isAgreementPreposition(String form) { return agreementPrepositions.contains(form); }
    /**
     * «حمّل X المسؤولية», “held X responsible”; «أبدى استعداده» (showed his readiness): the words that must follow the
     * verb for it to be an act, or null.
     */
    public RequiredObject requiredObjects(String form) { return objectVerbs.get(form); }
    /** «عن», «حول», “about”: what an act is about follows. */
    public boolean isTopicPreposition(String form) { return topicPrepositions.contains(form); }
    public boolean isStopword(String form) { return stopwords.contains(form) || prepositions.contains(form); }
    public boolean isComplementizer(String form) { return complementizers.contains(form); }
    /** null when not a trigger; else “verb” (always a meeting), “noun” (needs an anchor), “possessive” (noun + pronoun) or “dual” (noun + dual pronoun). */
    public String meetingTrigger(String forms) { return meetingTriggers.get(forms); }
    public boolean isMeetingAnchor(String form) { return meetingAnchors.contains(form); }
    /** «بين», “between” after a meeting noun: both sides are named, so the meeting took place. */
    public boolean isReciprocal(String form) { return reciprocals.contains(form); }
    /** «تدعم», “supports”: a verb of support, said of the speaker's own side. */
    public boolean isOwnSupportVerb(String form) { return ownSupportVerbs.contains(form); }
    /** «خلاله»: after a verb, what the sentence's subject did during the event just named. */
    public boolean isDuringIt(String form) { return duringIt.contains(form); }
    /** «المغفور له», «الراحل», “the late”: the person named next has died, and met no one. */
    public boolean isLateMarker(String form) { return lateMarkers.contains(form); }
    /** What makes an event word planned, wished for or refused rather than done. */
    public Irrealis irrealis() { return irrealis; }
    public String eventTrigger(String forms) { return eventTriggers.get(forms); }
    public Map<String, Integer> months() { return months; }
    public Integer weekday(String form) { return weekdays.get(form); }
    public Map<String, Integer> weekdays() { return weekdays; }
    public List<String> boilerplate() { return boilerplate; }
}
