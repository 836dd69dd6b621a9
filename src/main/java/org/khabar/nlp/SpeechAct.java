package org.khabar.nlp;

/**
 * A speech-act lexicon entry: the statement type it marks, whether its object is the addressee, how many
 * tokens it spans, whether it is a bare verbal noun (which needs a named speaker after it), and whether it is
 * an active participle (which continues the sentence's statement with a new act of the same speaker).
 */
public record SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun, boolean participle) {
    public SpeechAct(String type, boolean addresseeObject, int tokens) { this(type, addresseeObject, tokens, false, false); }
    public SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun) { this(type, addresseeObject, tokens, bareNoun, false); }
}
