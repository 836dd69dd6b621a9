package org.khabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.nlp.ArabicFolding;

/**
 * Finds topics in a stretch of text by their surface forms (the SKOS labels of the topic scheme): folded
 * labels matched word by word at word boundaries, the first word allowed one or two proclitic letters
 * (و ف ب ل ك) and ل + the article written لل, and an attached pronoun at its end («انسحابهم»). One pass over
 * the words with an index by first word.
 */
public final class TopicMatcher {
    private static final String ARTICLE = "\u0627\u0644";

    private record Label(String topic, String[] words) {}

    private final Map<String, List<Label>> byFirstWord = new HashMap<>();
    private final String proclitics;
    private final List<String> enclitics;

    /**
     * @param surfaceForms topic id → its labels in any language
     * @param proclitics the one-letter proclitics that may stick to a label's first word (from the language's data)
     * @param enclitics pronouns that may stick to its end («انسحابهم»), folded, longest first
     */
    public TopicMatcher(Map<String, List<String>> surfaceForms, List<String> proclitics, List<String> enclitics) {
        this.enclitics = List.copyOf(enclitics);
        StringBuilder letters = new StringBuilder();
        for (String p : proclitics) if (p.length() == 1) letters.append(ArabicFolding.fold(p));
        this.proclitics = letters.toString();
        surfaceForms.forEach((topic, forms) -> {
            for (String f : forms) {
                String[] words = words(ArabicFolding.fold(f)).toArray(new String[0]);
                if (words.length == 0) continue;
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Label(topic, words));
            }
        });
        // labels that start alike are tried longest first (“peace talks” before “peace”), then by topic: the order of
        // topics found at one word is the same on every run, whatever order the ontology's graph lists them in
        byFirstWord.values().forEach(labels -> labels.sort(Comparator.comparingInt((Label l) -> -l.words().length)
                .thenComparing(Label::topic)));
    }

    /** Topic ids found in {@code text}, in order of first appearance. */
    public List<String> topics(String text) {
        List<String> w = words(ArabicFolding.fold(text));
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < w.size(); i++) {
            for (String first : firstWordCandidates(w.get(i))) {
                for (Label l : byFirstWord.getOrDefault(first, List.of())) {
                    if (i + l.words().length > w.size()) continue;
                    boolean all = true;
                    for (int k = 1; k < l.words().length && all; k++) all = l.words()[k].equals(w.get(i + k));
                    if (all) out.add(l.topic());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The word, and the word without one or two proclitic letters (لل restored to ال). */
    private List<String> firstWordCandidates(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        for (int n = 1; n <= 2 && n < word.length() - 1; n++) {
            if (proclitics.indexOf(word.charAt(n - 1)) < 0) break;
            out.add(word.substring(n));
            if (word.charAt(n - 1) == '\u0644' && word.charAt(n) == '\u0644') out.add(ARTICLE + word.substring(n + 1));
        }
        for (int k = 0, size = out.size(); k < size; k++) {
            String c = out.get(k);
            for (String e : enclitics) {
                if (c.length() - e.length() >= 3 && c.endsWith(e)) { out.add(c.substring(0, c.length() - e.length())); break; }
            }
        }
        return out;
    }

    /** Words of folded text: runs of letters, marks and digits, and hyphenated Latin compounds kept whole. */
    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        int i = 0, n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c)) { i++; continue; }
            int j = i;
            while (j < n && (Character.isLetterOrDigit(folded.charAt(j)) || Character.getType(folded.charAt(j)) == Character.NON_SPACING_MARK
                    || (folded.charAt(j) == '-' && j + 1 < n && Character.isLetter(folded.charAt(j + 1))))) j++;
            out.add(folded.substring(i, j));
            i = j;
        }
        return out;
    }
}
