package org.khabar.nlp;

/**
 * A speech-act lexicon entry: the statement type it marks, whether its object is the addressee, how many
 * tokens it spans, and whether it is a bare verbal noun (which needs a named speaker after it).
 */
public record SpeechAct(String type, boolean addresseeObject, int tokens, boolean bareNoun) {
    public SpeechAct(String type, boolean addresseeObject, int tokens) { this(type, addresseeObject, tokens, false); }
}
