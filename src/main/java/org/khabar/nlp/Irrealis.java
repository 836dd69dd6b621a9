package org.khabar.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.lexicon.Lexicon;

/**
 * What makes an event word planned, wished for or refused rather than done, from the language's
 * {@code irrealis.tsv}: «لن يزور», «تمنى أن يزور», «وسيعقد مؤتمر صحافي», “will visit”, “a draft agreement”.
 */
public final class Irrealis {
    private final Set<String> always = new HashSet<>();
    private final Set<String> beforeImperfect = new HashSet<>();
    private final List<String> futurePrefixes = new ArrayList<>();
    private final Set<Character> imperfectMarks = new HashSet<>();
    private final List<String> proclitics;

    Irrealis(String lang, List<String> proclitics) {
        this.proclitics = proclitics;
        for (String[] row : Lexicon.rows(lang + "/irrealis.tsv", 2)) {
            String f = ArabicFolding.fold(row[1]);
            switch (row[0]) {
                case "always" -> always.add(f);
                case "before-imperfect" -> beforeImperfect.add(f);
                case "future-prefix" -> futurePrefixes.add(f);
                case "imperfect-mark" -> imperfectMarks.add(f.charAt(0));
                default -> throw new IllegalStateException("irrealis.tsv: unknown kind " + row[0]);
            }
        }
    }

    /** Whether the event word {@code trigger}, with {@code before} right before it, is not (yet) done. */
    public boolean test(String before, String trigger) {
        if (always.contains(before)) return true;
        boolean imperfect = !trigger.isEmpty() && imperfectMarks.contains(trigger.charAt(0));
        if (imperfect) return beforeImperfect.contains(before);
        // the tokenizer leaves «وسيعقد» whole when it does not know «سيعقد»
        for (String p : proclitics) {
            if (p.length() == 1 && before.length() >= 5 && before.startsWith(p)) { before = before.substring(1); break; }
        }
        if (always.contains(before)) return true; // «بالتحضير لهجوم», preparing an attack, left whole
        for (String future : futurePrefixes) {
            if (before.length() >= 4 && before.startsWith(future) && imperfectMarks.contains(before.charAt(future.length()))) return true;
        }
        return false;
    }
}
