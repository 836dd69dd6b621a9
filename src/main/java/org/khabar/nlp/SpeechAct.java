package org.khabar.nlp;

/**
 * A speech-act lexicon entry: the statement type it marks, whether its object is the addressee, how many
 * tokens it spans, whether it is a bare verbal noun (which needs a named speaker after it), and whether it is
 * an active participle (which continues the sentence's statement with a new act of the same speaker), and whether
 * it is a verbal noun with a possessive pronoun («قوله», «دعوته»), whose owner is the person just named.
 */
public record SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun, boolean participle, boolean possessive) {
    public SpeechAct(String type, boolean addresseeObject, int tokens) { this(type, addresseeObject, tokens, false, false, false); }
    public SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun) { this(type, addresseeObject, tokens, bareNoun, false, false); }
    public SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun, boolean participle) {
        this(type, addresseeObject, tokens, bareNoun, participle, false);
    }
}
