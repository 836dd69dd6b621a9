package org.khabar.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.khabar.lexicon.Lexicon;
import org.khabar.nlp.ArabicFolding;

/**
 * Word lists that announce a name in Arabic text, where no capital letter does: given names (the first word of
 * most people's names), and the nouns that head the names of organisations («شركة»، «حزب») and places
 * («مدينة»، «نهر»). Read from {@code lexicon/ar/given-names.txt}, {@code organisation-heads.txt} and
 * {@code place-heads.txt}.
 */
public final class NameCueWords {
    private static final String SINGLE_PROCLITICS = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك

    private final Set<String> givenNames = words("ar/given-names.txt");
    private final Set<String> organisationHeads = words("ar/organisation-heads.txt");
    private final Set<String> placeHeads = words("ar/place-heads.txt");
    private final Set<String> commonWords = resourceWords(COMMON_WORDS);
    private final Set<String> plainWords = resourceWords(PLAIN_WORDS);
    private final Set<String> verbalNounPatterns = words("ar/verbal-noun-patterns.txt");

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(file)) out.add(ArabicFolding.fold(line.strip()));
        return Set.copyOf(out);
    }

    public static final String COMMON_WORDS = "/org/khabar/ner/ar-common-words.txt";
    public static final String PLAIN_WORDS = "/org/khabar/ner/ar-plain-words.txt";

    private static Set<String> resourceWords(String resource) {
        try (InputStream in = NameCueWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing resource " + resource);
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Shared {
        static final NameCueWords INSTANCE = new NameCueWords();
    }

    /** One set of lists per JVM: they are read-only. */
    public static NameCueWords shared() {
        return Shared.INSTANCE;
    }

    /** Whether a folded word is a given name of {@code given-names.txt}. */
    public boolean isGivenName(String form) {
        return givenNames.contains(form);
    }

    /** The common words the jar ships, which the features read. */
    public static Set<String> shippedCommonWords() {
        return shared().commonWords;
    }

    /** Whether a stem is common in the name finder's training data and never inside a name there («الإجراءات», «أول»). */
    public boolean isPlainWord(String stem) {
        return plainWords.contains(stem);
    }

    /** Whether a stem is common in the training data; names in new text mostly are not. */
    public boolean isCommon(String stem) {
        return commonWords.contains(stem);
    }

    /**
     * 'F' for a given name, 'R' for an organisation head, 'L' for a place head, 0 for none. A word the tokenizer
     * left whole because it does not know the rest («وعمران») is also tried without one proclitic letter.
     */
    char classOf(String form) {
        char c = exact(form);
        if (c == 0 && form.length() > 3 && SINGLE_PROCLITICS.indexOf(form.charAt(0)) >= 0) c = exact(form.substring(1));
        return c;
    }

    /**
     * Whether a folded word, with or without the article, heads the names of bodies or places («لجنة», «اللجنة»,
     * «مدينة»): it is no part of a person's name («جهود اللجنة» is the committee's efforts).
     */
    public boolean isBodyOrPlaceHead(String form) {
        char c = classOf(form);
        if (c == 0 && form.length() > 4 && form.startsWith("\u0627\u0644")) c = exact(form.substring(2));
        return c == 'R' || c == 'L';
    }

    /** Whether a folded word heads the names of organisations («حزب», «وزارة»). */
    public boolean isOrganisationHead(String form) {
        return organisationHeads.contains(form);
    }

    private char exact(String form) {
        if (givenNames.contains(form)) return 'F';
        if (organisationHeads.contains(form)) return 'R';
        if (placeHeads.contains(form)) return 'L';
        return 0;
    }

    /** Whether a folded word has the shape of a verbal noun («تمتين», تفعيل) and is no given name. */
    public boolean isVerbalNoun(String form) {
        if (givenNames.contains(form)) return false;
        for (String p : verbalNounPatterns) if (fits(form, p)) return true;
        return false;
    }

    /** ف ع ل in the pattern stand for any letter, in order; the other letters for themselves. */
    private static boolean fits(String form, String pattern) {
        if (form.length() != pattern.length()) return false;
        for (int i = 0; i < form.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '\u0641' && p != '\u0639' && p != '\u0644' && p != form.charAt(i)) return false;
        }
        return true;
    }
}
