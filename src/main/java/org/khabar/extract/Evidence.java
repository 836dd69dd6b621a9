package org.khabar.extract;

/** Where a fact was read: the sentence's UTF-16 offsets in the document text and the trigger's offset. */
public record Evidence(int sentenceStart, int sentenceEnd, int anchor) {}
