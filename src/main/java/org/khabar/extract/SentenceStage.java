package org.khabar.extract;

import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;
import org.khabar.doc.Document;
import org.khabar.nlp.WordTokenizer;

/** Splits the text into sentences and each sentence into tokens. */
public final class SentenceStage implements Stage {
    private final SentenceDetector sentences;
    private final WordTokenizer tokenizer;

    public SentenceStage(SentenceDetector sentences, WordTokenizer tokenizer) {
        this.sentences = sentences;
        this.tokenizer = tokenizer;
    }

    @Override
    public void process(Document doc) {
        for (Span s : sentences.sentPosDetect(doc.text())) {
            doc.sentences().add(s);
            doc.tokens().add(tokenizer.tokenize(doc.text(), s.getStart(), s.getEnd()));
        }
    }
}
