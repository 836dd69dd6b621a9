package org.khabar.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.extract.Actor;
import org.khabar.lexicon.Lexicon;

/**
 * Offices and who held them when (data files {@code gazetteer/offices.tsv} and {@code office-holders.tsv}), so that a
 * title alone — «الرئيس الروسي», “the President of Russia” — can name its holder on the article's date.
 */
public final class Offices {
    private record Term(String office, String of, String holder, LocalDate from, LocalDate to) {}

    private static final String ARTICLE = "\u0627\u0644";
    private final Map<String, String> officeByTitle = new HashMap<>();
    /** An office that stands for any of several (“leader”: president, prime minister …), from offices.tsv's fourth column. */
    private final Map<String, Set<String>> anyOf = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();
    private final Gazetteer gazetteer;

    public Offices(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] r : Lexicon.rows("gazetteer/offices.tsv", 4)) {
            for (String t : Lexicon.alternatives(r[1])) officeByTitle.put(key(gazetteer.formsOf(t)), r[0]);
            for (String t : Lexicon.alternatives(r[2])) officeByTitle.put(key(gazetteer.formsOf(t)), r[0]);
            if (!r[3].isEmpty()) anyOf.put(r[0], Set.copyOf(Lexicon.alternatives(r[3])));
        }
        for (String[] r : Lexicon.rows("gazetteer/office-holders.tsv", 6)) {
            terms.add(new Term(r[0], r[1], r[2], LocalDate.parse(r[3]), r[4].isEmpty() ? null : LocalDate.parse(r[4])));
        }
    }

    /** Title words as a lookup key: folded, without the article, joined by spaces. */
    public static String key(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.startsWith(ARTICLE) && w.length() > 3 ? w.substring(2) : w);
        }
        return sb.toString();
    }

    /** The office these title words name («وزير الخارجية», “head of state”), or null. */
    public String office(List<String> titleWords) {
        return officeByTitle.get(key(titleWords.toArray(new String[0])));
    }

    /**
     * The holder of the office these title words name, of {@code of}: among the holders in office on {@code date}
     * (all holders when the date is unknown), the one the article names elsewhere, else the only one in office.
     */
    public Actor holder(List<String> titleWords, Actor of, LocalDate date, Predicate<Actor> mentioned) {
        if (of == null) return null;
        String office = officeByTitle.get(key(titleWords.toArray(new String[0])));
        if (office == null) return null;
        String ofKey = gazetteer.isoOf(of) != null ? gazetteer.isoOf(of) : of.key();
        List<Actor> candidates = new ArrayList<>();
        for (Term t : terms) {
            if (!(t.office().equals(office) || anyOf.getOrDefault(office, Set.of()).contains(t.office())) || !t.of().equals(ofKey)) continue;
            if (date != null && (date.isBefore(t.from()) || (t.to() != null && date.isAfter(t.to())))) continue;
            Actor a = gazetteer.actor(t.holder());
            if (a != null) candidates.add(a);
        }
        for (Actor a : candidates) if (mentioned.test(a)) return a;
        // “the leader of France” names no one the article has not: of several offices, the only holder is no guess
        return date != null && candidates.size() == 1 && !anyOf.containsKey(office) ? candidates.get(0) : null;
    }
}
