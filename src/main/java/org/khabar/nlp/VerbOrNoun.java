package org.khabar.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * When an English speech verb's form is its noun: after a determiner (“the support for”, {@code determiners.txt}),
 * or, for a bare form (“support”, “hope”, “welcome”), anywhere but after its subject pronoun, “to”, a modal or an
 * adverb ({@code bare-form-cues.txt}), or opening a clause before an object pronoun (“Thank you”,
 * {@code object-pronouns.txt}). Arabic spells its verbal nouns apart, so its files are empty.
 */
public final class VerbOrNoun {
    private final Set<String> determiners;
    private final Set<String> cues;
    private final Set<String> objectPronouns;
    private final Set<String> bareForms = new HashSet<>();

    VerbOrNoun(String lang) {
        this.determiners = LanguageResources.words(lang + "/determiners.txt");
        this.cues = LanguageResources.words(lang + "/bare-form-cues.txt");
        this.objectPronouns = LanguageResources.words(lang + "/object-pronouns.txt");
    }

    /** A speech verb's base form that is not also one of its inflected forms (“support”, not “set forth”). */
    void addBareForm(String form) { bareForms.add(form); }

    /** “the”, “their”: a speech verb's form after one is a noun. */
    public boolean isDeterminer(String form) { return determiners.contains(form); }

    public boolean isBareForm(String form) { return bareForms.contains(form); }

    /** “we”, “to”, “will”, “fully”: after one, a bare form is a verb (an entry “-ly” matches word endings). */
    public boolean isVerbCue(String form) {
        if (cues.contains(form)) return true;
        for (String c : cues) if (c.startsWith("-") && form.length() > c.length() && form.endsWith(c.substring(1))) return true;
        return false;
    }

    /** “you”, “them”: a verb's object (“Thank you”). */
    public boolean isObjectPronoun(String form) { return objectPronouns.contains(form); }
}
