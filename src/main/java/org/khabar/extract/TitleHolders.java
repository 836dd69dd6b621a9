package org.khabar.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Offices;

/**
 * Who holds which title in one article, as far as it has been read: by the title's words and what it is of
 * (“the Prime Minister of the United Kingdom”), and by office (“the President”, of no one said).
 */
final class TitleHolders {
    private final LanguageResources res;
    private final Offices offices;
    private final Map<String, Actor> byTitle = new HashMap<>();
    private final Map<String, Set<Actor>> byOffice = new HashMap<>();
    /** Holders of a body's office (“President of the European Council”), not a state's. */
    private final Set<Actor> ofBodies = new HashSet<>();

    TitleHolders(LanguageResources res, Offices offices) {
        this.res = res;
        this.offices = offices;
    }

    boolean has(List<String> words, Actor of) {
        return byTitle.containsKey(key(words, of));
    }

    Actor get(List<String> words, Actor of) {
        return byTitle.get(key(words, of));
    }

    /** {@code person} is whom these title words name from now on, and holds their office. */
    void remember(List<String> words, Actor of, Actor person) {
        byTitle.put(key(words, of), person);
        known(words, of, person);
        // “Deputy Prime Minister - Minister for …”: two offices held at once, each of which may name the holder later
        // (“according to the Deputy Prime Minister”)
        int from = 0;
        for (int k = 0; k <= words.size(); k++) {
            boolean cut = k == words.size() || (words.get(k).equals("-") && k + 1 < words.size() && res.isTitleHead(words.get(k + 1)));
            if (!cut) continue;
            if (from > 0 || k < words.size()) {
                List<String> part = words.subList(from, k);
                byTitle.put(key(part, of), person);
                byTitle.put(key(part, null), person);
            }
            from = k + 1;
        }
    }

    /** {@code person} holds the office of these title words too, without becoming whom they name next. */
    void known(List<String> words, Actor of, Actor person) {
        String office = offices.office(words);
        if (office != null) byOffice.computeIfAbsent(office, o -> new LinkedHashSet<>()).add(person);
        if (of != null && of.kind() == ActorKind.Organization) ofBodies.add(person);
    }

    /**
     * The people the article has given the office of these title words; of several, those who hold it of a state
     * (“The Head of State” after “President of Ukraine Volodymyr Zelenskyy met with President of the European Council
     * Charles Michel” is Zelensky).
     */
    Set<Actor> ofOffice(List<String> words) {
        Set<Actor> known = byOffice.getOrDefault(String.valueOf(offices.office(words)), Set.of());
        if (known.size() < 2) return known;
        Set<Actor> states = new LinkedHashSet<>(known);
        states.removeAll(ofBodies);
        return states.isEmpty() ? known : states;
    }

    /** Title words without the article, and what they are of. */
    private static String key(List<String> words, Actor of) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(w.startsWith("\u0627\u0644") ? w.substring(2) : w).append(' ');
        return sb.append('|').append(of == null ? "" : of.key()).toString();
    }
}
