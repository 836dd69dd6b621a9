package org.khabar.nlp;

/** A speech-verb lexicon entry: the statement type it marks and whether its object is the addressee. */
public record SpeechAct(String type, boolean addresseeObject, int tokens) {}
