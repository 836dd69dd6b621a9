package org.khabar.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.khabar.extract.Actor;
import org.khabar.extract.ActorKind;
import org.khabar.lexicon.Lexicon;

/**
 * Known actors and places with their Arabic and English names, from the data files under
 * {@code lexicon/gazetteer}. Names are indexed as sequences of folded tokens, in an OpenNLP {@link Dictionary}
 * for the {@code DictionaryNameFinder} and in a map back to the entries. Thread-safe once built.
 */
public final class Gazetteer {
    /** A gazetteer entry; {@code governs} is the country a capital stands for (“Moscow demands” = Russia). */
    public record Entry(Actor actor, Actor governs) {}

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, Actor> byKey = new LinkedHashMap<>();
    private final Map<String, Actor> countryByIso = new HashMap<>();
    private final Map<String, String> isoByCountryKey = new HashMap<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> upperCaseOnly = new HashSet<>();
    private final Dictionary dictionary = new Dictionary(true); // forms are folded already: no lower-casing per lookup
    private final List<Map.Entry<Entry, List<String>>> pending = new ArrayList<>();
    private WordTokenizer nameTokenizer = ArabicTokenizer.plain();

    private Gazetteer() {}

    /**
     * Loads the bundled gazetteer. Names are tokenized as text is: a proclitic is split off a name word when the
     * rest is itself a name word («للأمم» in «الجمعية العامة للأمم المتحدة» is ل + الأمم), so names match in text
     * whatever clitics stick to them.
     */
    public static Gazetteer load(List<String> proclitics) {
        Gazetteer g = new Gazetteer();
        g.loadCountries();
        g.loadActors();
        g.loadPlaces();
        Set<String> plain = new HashSet<>();
        for (var e : g.pending) for (String n : e.getValue()) if (n != null) plain.addAll(List.of(g.formsOf(n)));
        g.nameTokenizer = new ArabicTokenizer(plain::contains, proclitics, true);
        for (var e : g.pending) g.index(e.getKey(), e.getValue());
        g.pending.clear();
        return g;
    }

    private void loadCountries() {
        Map<String, String[]> aliases = new HashMap<>();
        for (String[] r : Lexicon.rows("gazetteer/country-aliases.tsv", 5)) aliases.put(r[0], r);
        Map<String, String[]> capitals = new HashMap<>();
        for (String[] r : Lexicon.rows("gazetteer/capitals.tsv", 7)) if (!r[0].equals("iso2")) capitals.put(r[0], r);
        for (String[] r : Lexicon.rows("gazetteer/countries.tsv", 15)) {
            if (r[0].equals("iso2") || r[0].isEmpty()) continue;
            String iso = r[0];
            String[] alias = aliases.get(iso);
            if (alias == null && !"Yes".equals(r[12])) continue; // territories only when the press names them
            String en = alias != null && !alias[1].isEmpty() ? alias[1] : r[4];
            String ar = alias != null && !alias[2].isEmpty() ? Lexicon.alternatives(alias[2]).get(0) : clean(r[8]);
            Actor country = new Actor(slug(en), ActorKind.Country, en, ar.isEmpty() ? null : ar, r[3].isEmpty() ? null : r[3]);
            countryByIso.put(iso, country);
            isoByCountryKey.put(country.key(), iso);
            List<String> names = new ArrayList<>();
            names.add(en);
            names.add(r[4]);
            names.add(clean(r[5]));
            names.add(clean(r[8]));
            names.add(clean(r[9]));
            if (alias != null) {
                names.addAll(Lexicon.alternatives(alias[2]));
                names.addAll(Lexicon.alternatives(alias[3]));
            }
            add(new Entry(country, null), names);
            if (alias != null && !alias[4].isEmpty()) {
                String[] cap = capitals.get(iso);
                List<String> capNames = Lexicon.alternatives(alias[4]);
                String capEn = cap != null ? cap[3] : null;
                Actor capital = new Actor(slug(capEn != null ? capEn : capNames.get(0)), ActorKind.Place, capEn,
                        capNames.get(0), cap != null && !cap[4].isEmpty() ? cap[4] : null);
                List<String> all = new ArrayList<>(capNames);
                if (capEn != null) { all.add(capEn); all.add(cap[2]); }
                if (!r[11].isEmpty()) all.add(r[11]); // the capital as countries.tsv spells it: Kyiv beside Natural Earth's Kiev
                add(new Entry(capital, country), all);
            }
        }
    }

    private void loadActors() {
        for (String[] r : Lexicon.rows("gazetteer/actors.tsv", 7)) {
            List<String> ar = Lexicon.alternatives(r[3]);
            Actor a = new Actor(r[0], ActorKind.valueOf(r[1]), r[2].isEmpty() ? null : r[2],
                    ar.isEmpty() ? null : ar.get(0), r[5].isEmpty() || r[6].isEmpty() ? null : r[5]);
            List<String> names = new ArrayList<>(ar);
            names.addAll(Lexicon.alternatives(r[4]));
            names.add(r[2]);
            add(new Entry(a, null), names);
        }
    }

    private void loadPlaces() {
        for (String[] r : Lexicon.rows("gazetteer/places.tsv", 5)) {
            List<String> ar = Lexicon.alternatives(r[2]);
            Actor p = new Actor(r[0], ActorKind.Place, r[1], ar.isEmpty() ? null : ar.get(0), null);
            List<String> names = new ArrayList<>(ar);
            names.addAll(Lexicon.alternatives(r[3]));
            add(new Entry(p, null), names);
        }
    }

    private void add(Entry e, List<String> names) {
        pending.add(Map.entry(e, names));
    }

    private void index(Entry e, List<String> names) {
        byKey.putIfAbsent(e.actor().key(), e.actor());
        for (String name : names) {
            if (name == null || name.isBlank()) continue;
            String[] toks = formsOf(name);
            if (toks.length == 0) continue;
            // “US”, “UN”: an acronym matches only as written, never the pronoun “us”
            if (toks.length == 1 && name.length() <= 4 && name.chars().filter(Character::isUpperCase).count() >= 2)
                upperCaseOnly.add(toks[0]);
            String key = String.join(" ", toks);
            List<Entry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.actor().key().equals(e.actor().key()))) list.add(e);
            dictionary.put(new StringList(toks));
            for (String t : toks) words.add(t);
        }
    }

    /** The folded token forms of a name, as the tokenizer would see it. */
    public String[] formsOf(String name) {
        return nameTokenizer.tokenize(name, 0, name.length()).stream().map(Token::form).toArray(String[]::new);
    }

    /** UNTERM names carry markers such as “(the)” and “*”; drop them. */
    private static String clean(String s) {
        return s.replaceAll("\\((the|The)\\)", "").replace("*", "").strip();
    }

    /** A readable, stable key from an English name: “United States” -> “united-states”. */
    public static String slug(String s) {
        String f = ArabicFolding.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-");
        return f.replaceAll("^-+|-+$", "");
    }

    public Dictionary dictionary() { return dictionary; }
    /** Entries whose name is exactly these folded tokens joined by single spaces. */
    public List<Entry> lookup(String foldedTokens) { return byName.getOrDefault(foldedTokens, List.of()); }
    public boolean isNameWord(String folded) { return words.contains(folded); }
    /** Folded forms that are acronyms in the gazetteer: they count only where the text writes them in capitals. */
    public boolean isAcronym(String folded) { return upperCaseOnly.contains(folded); }
    public Actor country(String iso2) { return countryByIso.get(iso2); }
    /** The ISO code of a country actor, or null for anything else. */
    public String isoOf(Actor a) { return a == null ? null : isoByCountryKey.get(a.key()); }
    public Actor actor(String key) { return byKey.get(key); }
    public java.util.Collection<Actor> actors() { return byKey.values(); }
}
