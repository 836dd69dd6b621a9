package org.khabar.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Inflected forms of an Arabic verb from its past and imperfect stems, by rule rather than by listing:
 * past with its person/number endings, imperfect with ي ت ن ا prefixes and plural/dual endings, and the
 * attached object pronouns (نفته، أبلغه). Weak final letters (دعا → دعت، نفى → نفت) are handled.
 */
public final class ArabicVerbForms {
    private final Map<String, List<String>> affixes = new HashMap<>();

    /** @param rows (kind, affix) pairs from {@code ar/verb-affixes.tsv} */
    public ArabicVerbForms(List<String[]> rows) {
        for (String[] r : rows) affixes.computeIfAbsent(r[0], k -> new ArrayList<>()).add(ArabicFolding.fold(r[1]));
    }

    private List<String> of(String kind) { return affixes.getOrDefault(kind, List.of()); }

    /** Folded forms of the verb; stems are given in ordinary spelling and folded here. */
    /** The imperfect stem of a verb listed by its past only («وصف»: «نصف» means half, and «يصف» is too rare to risk it). */
    static final String NO_IMPERFECT = "-";

    public Set<String> forms(String past, String imperfect) {
        return inflect(past, imperfect, end -> true, true);
    }

    /**
     * Forms whose ending carries a dual or plural subject (طالبا، أكدوا، يطالبون، دعوا), with attached object
     * pronouns: such a verb is not followed by its subject.
     */
    public Set<String> pluralSubject(String past, String imperfect) {
        List<String> subject = of("subject-suffix");
        return inflect(past, imperfect, subject::contains, false);
    }

    /**
     * The stems with the endings {@code ending} accepts (and, if {@code bare}, without an ending), then each of
     * those with the attached object pronouns.
     */
    private Set<String> inflect(String past, String imperfect, Predicate<String> ending, boolean bare) {
        String p = ArabicFolding.fold(past), im = ArabicFolding.fold(imperfect);
        Set<String> bases = new LinkedHashSet<>();
        if (bare) bases.add(p);
        for (String end : of("past-suffix")) if (ending.test(end)) bases.add(p + end);
        if (isWeak(p)) {
            String root = p.substring(0, p.length() - 1);
            for (String end : of("weak-past-suffix")) if (ending.test(end)) bases.add(root + end);
        }
        for (String pre : NO_IMPERFECT.equals(imperfect) ? List.<String>of() : of("imperfect-prefix")) {
            if (bare) bases.add(pre + im);
            for (String end : of("imperfect-suffix")) if (ending.test(end)) bases.add(pre + im + end);
            if (isWeak(im)) {
                String root = im.substring(0, im.length() - 1);
                for (String end : of("weak-imperfect-suffix")) if (ending.test(end)) bases.add(pre + root + end);
            }
        }
        Set<String> out = new LinkedHashSet<>(bases);
        for (String b : bases) {
            for (String pron : of("object-pronoun")) {
                // the silent alif after a plural waw drops before a pronoun
                out.add(b.endsWith("\u0648\u0627") ? b.substring(0, b.length() - 1) + pron : b + pron);
            }
        }
        return out;
    }

    /** First person plural forms («ندعو»، «نطالب», «دعونا» is not included): imperfect with نـ, past with ـنا. */
    public Set<String> firstPersonPlural(String past, String imperfect) {
        String p = ArabicFolding.fold(past), im = ArabicFolding.fold(imperfect);
        Set<String> out = new LinkedHashSet<>();
        if (!NO_IMPERFECT.equals(imperfect)) out.add("\u0646" + im);
        out.add(p + "\u0646\u0627");
        return out;
    }

    /** A verbal noun with its possessive forms: دعوة → دعوته، دعوتها (taa marbuta written ت before a suffix). */
    public Set<String> possessives(String noun) {
        String n = ArabicFolding.fold(noun);
        String stem = n.endsWith("\u0647") ? n.substring(0, n.length() - 1) + "\u062A" : n;
        Set<String> out = new LinkedHashSet<>();
        for (String pron : of("possessive")) out.add(stem + pron);
        return out;
    }

    /** Ends in a weak letter (alif, yaa or waw): دعا، نفى، يدعو. */
    private static boolean isWeak(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '\u0627' || c == '\u064A' || c == '\u0648';
    }
}
