package org.khabar.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/** What meetings and events share: trigger lookup, places, dates over a window of a sentence. */
final class Encounters {
    private Encounters() {}

    /** Longest lexicon phrase starting at token {@code i} and its length, via {@code lookup} ({@link #phraseAt(List, int, int, int, java.util.function.Function, int[])}). */
    static <T> T phraseAt(List<Token> toks, int i, LanguageResources res, java.util.function.Function<String, T> lookup, int[] len) {
        return phraseAt(toks, i, res.phraseReach(toks, i), 1, lookup, len);
    }

    /**
     * Longest phrase of {@code shortest} to {@code longest} tokens starting at token {@code i} (folded forms joined by
     * spaces) that {@code lookup} knows, its length in {@code len[0]}; or null.
     */
    static <T> T phraseAt(List<Token> toks, int i, int longest, int shortest, java.util.function.Function<String, T> lookup, int[] len) {
        for (int k = Math.min(longest, toks.size() - i); k >= shortest; k--) {
            StringBuilder sb = new StringBuilder(toks.get(i).form());
            for (int j = i + 1; j < i + k; j++) sb.append(' ').append(toks.get(j).form());
            T v = lookup.apply(sb.toString());
            if (v != null) { len[0] = k; return v; }
        }
        return null;
    }

    /** A place named in tokens {@code [from, to)} after a locative preposition or clitic, or null. */
    static Actor placeIn(List<Token> toks, List<Mention> ms, int from, int to, LanguageResources res) {
        for (Mention m : ms) {
            if (m.tokenStart() < from || m.tokenStart() >= to) continue;
            if (m.actor().kind() != ActorKind.Place && m.actor().kind() != ActorKind.Country) continue;
            String gov = Sentences.governor(toks, m.tokenStart(), res);
            if (gov.isEmpty()) {
                // «في العاصمة البلجيكية بروكسل», “in the Belgian capital Brussels”: the preposition governs the noun
                int j = m.tokenStart() - 1;
                boolean noun = false;
                for (; j >= from && (res.isPlaceNoun(toks.get(j).form()) || res.nationality(toks.get(j).form()) != null); j--)
                    noun |= res.isPlaceNoun(toks.get(j).form()) && !res.isStopword(toks.get(j).form()); // not “the”, “of” alone
                if (noun) gov = Sentences.governor(toks, j + 1, res);
            }
            if (!gov.isEmpty() && (res.isLocative(gov) || gov.equals("\u0644"))) return m.actor();
        }
        return null;
    }

    /** The first date in tokens {@code [from, to)}, reading the sentence before them for month context. */
    static DateValue dateIn(Document doc, List<Token> toks, int from, int to, DateResolver dates) {
        if (from >= to) return null;
        LocalDate published = doc.published();
        YearMonth[] ctx = {null};
        if (from > 0) dates.resolve(Sentences.text(doc, toks, 0, from), published, ctx);
        List<DateResolver.Found> found = dates.resolve(Sentences.text(doc, toks, from, to), published, ctx);
        return found.isEmpty() ? null : found.get(0).value();
    }

    static Evidence evidence(Document doc, int s, List<Token> toks, int anchorToken) {
        var span = doc.sentences().get(s);
        return new Evidence(span.getStart(), span.getEnd(), toks.get(anchorToken).start());
    }
}
