package org.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import org.khabar.lexicon.Lexicon;
import org.khabar.nlp.ArabicFolding;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * Two actors who speak as one: «أعلن كل من X و Y» names both, and sets them up as the pair that
 * a later «الطرفان» or a dual verb («وطالبا») stands for. Each act of the pair becomes a statement of each party
 * (a statement has one speaker). Phrases are data: {@code joint-openers.txt}, {@code both-parties.txt}.
 */
final class JointSpeakers {
    /** «الطرفان», «مباحثاتهما» refer back at most this many sentences to the pair that was set up. */
    static final int PAIR_SPAN = 8;

    private final List<String[]> openers = new ArrayList<>();
    private final List<String[]> bothParties = new ArrayList<>();
    private final List<String[]> pairReciprocals = new ArrayList<>();
    private final String and;
    private final LanguageResources res;

    JointSpeakers(LanguageResources res) {
        this.res = res;
        String d = res.lang() + "/";
        for (String line : Lexicon.lines(d + "joint-openers.txt")) openers.add(words(line));
        for (String line : Lexicon.lines(d + "both-parties.txt")) bothParties.add(words(line));
        for (String line : Lexicon.lines(d + "pair-reciprocals.txt")) pairReciprocals.add(words(line));
        this.and = res.lang().equals("ar") ? "\u0648" : "and";
    }

    private static String[] words(String line) {
        return ArabicFolding.fold(line.strip()).split(" ");
    }

    /** Two parties, and the token after the second one's name. */
    record Pair(Actor first, Actor second, int end) {}

    /** The pair named by an opener and two actors anywhere in the sentence («كل من X و Y»), or null. */
    Pair introduced(List<Token> toks, List<Mention> ms) {
        for (int i = 0; i < toks.size(); i++) {
            Pair pair = openedAt(toks, ms, i);
            if (pair != null) return pair;
        }
        return null;
    }

    /**
     * The pair whose opener starts at {@code i} («كل من X و Y» right after a verb), or null. After a preposition
     * («الدعم الذي تقدمه إيران إلى كل من حزب الله وحماس») the two are objects, not a party.
     */
    Pair openedAt(List<Token> toks, List<Mention> ms, int i) {
        int after = phraseAt(toks, i, openers);
        if (after < 0 || (i > 0 && (res.isPreposition(toks.get(i - 1).form()) || !toks.get(i).clitic().isEmpty()))) return null;
        return pairAt(toks, ms, after);
    }

    /**
     * The last two actors before {@code limit} joined by «و» with only a comma and the second's title between
     * («عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرا صحافيا»), or null.
     */
    Pair conjoined(List<Token> toks, List<Mention> ms, int limit) {
        Pair last = null;
        for (Mention x : ms) {
            if (x.tokenEnd() >= limit || x.actor().kind() == ActorKind.Place || x.agent() == null || Sentences.nested(ms, x)) continue;
            int j = x.tokenEnd();
            if (j < toks.size() && Sentences.isComma(toks.get(j))) j++;
            if (j >= limit) continue;
            boolean joined = toks.get(j).form().equals(and) || toks.get(j).clitic().equals(and);
            if (toks.get(j).form().equals(and)) j++;
            if (!joined) continue;
            // “… and the Prime Minister of Canada”
            if (j < limit && res.lang().equals("en") && toks.get(j).form().equals("the")) j++;
            while (j < limit && Sentences.mentionAt(ms, j) == null
                    && (res.isTitle(toks.get(j).form()) || res.isTitleHead(toks.get(j).form()) || res.nationality(toks.get(j).form()) != null)) j++;
            Mention y = j < limit ? Sentences.mentionAt(ms, j) : null;
            if (y == null || y.tokenEnd() > limit || y.agent() == null || y.actor().kind() == ActorKind.Place
                    || y.agent().equals(x.agent())) continue;
            last = new Pair(x.agent(), y.agent(), y.tokenEnd());
        }
        return last;
    }

    /** The one joined to {@code speaker} by «و»/“and” before {@code limit} ({@link #conjoined}), or null. */
    Actor partnerOf(List<Token> toks, List<Mention> ms, Actor speaker, int limit) {
        Pair p = conjoined(toks, ms, limit);
        if (p == null) return null;
        return speaker.equals(p.first()) ? p.second() : speaker.equals(p.second()) ? p.first() : null;
    }

    /** Whether «بينهما» (between the two of them) stands in {@code [from, to)}. */
    boolean betweenThem(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (phraseAt(toks, i, pairReciprocals) >= 0) return true;
        return false;
    }

    /** Token after a subject that names both parties, starting at {@code i} («الطرفان»), or -1. */
    int bothPartiesAt(List<Token> toks, int i) {
        return phraseAt(toks, i, bothParties);
    }

    /** Whether a subject naming both parties ends right before token {@code verb} (“The heads of state welcomed”). */
    boolean bothPartiesBefore(List<Token> toks, int verb) {
        for (String[] p : bothParties) if (p.length <= verb && matches(toks, verb - p.length, p)) return true;
        return false;
    }

    /**
     * Two actors from {@code i}: X, then «و» (a token, or the clitic of Y's first word) with only quotation marks
     * between, then Y; and no third joined after Y, since a list of three is no pair.
     */
    private Pair pairAt(List<Token> toks, List<Mention> ms, int i) {
        Mention x = mentionFrom(toks, ms, i);
        if (x == null) return null;
        int j = skipMarks(toks, x.tokenEnd());
        boolean joined = j < toks.size() && toks.get(j).form().equals(and);
        if (joined) j = skipMarks(toks, j + 1);
        Mention y = Sentences.mentionAt(ms, j);
        if (y == null || (!joined && !toks.get(j).clitic().equals(and))) return null;
        // a third joined name, or a noun joined by «و» («وحماس والجهاد الإسلامي»), makes a list
        int k = skipMarks(toks, y.tokenEnd());
        if (k < toks.size()) {
            Token next = toks.get(k);
            boolean joinedNext = next.form().equals(and) || next.clitic().equals(and) || next.form().startsWith(and + "\u0627\u0644");
            if (joinedNext && res.speechVerb(next.form()) == null) return null;
        }
        Actor a = x.agent(), b = y.agent();
        return a == null || b == null || a.equals(b) ? null : new Pair(a, b, y.tokenEnd());
    }

    private static Mention mentionFrom(List<Token> toks, List<Mention> ms, int i) {
        return i < toks.size() ? Sentences.mentionAt(ms, skipMarks(toks, i)) : null;
    }

    private static int skipMarks(List<Token> toks, int i) {
        while (i < toks.size() && Quotations.isAnyQuoteMark(toks.get(i).form())) i++;
        return i;
    }

    /** The token after the phrase of {@code phrases} that starts at {@code i}, or -1. */
    private static int phraseAt(List<Token> toks, int i, List<String[]> phrases) {
        for (String[] p : phrases) if (matches(toks, i, p)) return i + p.length;
        return -1;
    }

    /** Whether the words of {@code phrase} stand from token {@code i}. */
    private static boolean matches(List<Token> toks, int i, String[] phrase) {
        if (i < 0 || i + phrase.length > toks.size()) return false;
        for (int k = 0; k < phrase.length; k++) if (!toks.get(i + k).form().equals(phrase[k])) return false;
        return true;
    }
}
