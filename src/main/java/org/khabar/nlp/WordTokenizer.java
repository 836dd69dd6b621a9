package org.khabar.nlp;

import java.util.List;

/** Splits a stretch of text into tokens with offsets; one job, like OpenNLP's {@code Tokenizer}. */
public interface WordTokenizer {
    /** Tokens of {@code text.substring(start, end)}, offsets counted in {@code text}. */
    List<Token> tokenize(String text, int start, int end);
}
