package org.khabar.nlp.sentdetect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.DetokenizationDictionary;
import opennlp.tools.tokenize.Detokenizer;
import opennlp.tools.tokenize.DictionaryDetokenizer;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import org.khabar.lexicon.Lexicon;

/**
 * Sentence samples from a CoNLL file whose blank lines separate sentences (CLEANANERCorp): each sentence's
 * tokens are joined back into running text by OpenNLP's {@link DictionaryDetokenizer} («قال .» becomes «قال.»),
 * and {@link #SENTENCES_PER_SAMPLE} consecutive sentences make one document, so that the detector learns where
 * one sentence ends and the next begins from text laid out as an article's.
 */
public final class ConllSentenceSampleStream extends FilterObjectStream<String, SentenceSample> {
    public static final int SENTENCES_PER_SAMPLE = 10;

    private final Detokenizer detokenizer = detokenizer();

    public ConllSentenceSampleStream(InputStreamFactory source) throws IOException {
        super(new PlainTextByLineStream(source, StandardCharsets.UTF_8));
    }

    /** The Arabic detokenizer of {@code lexicon/ar/detokenization.tsv}. */
    static Detokenizer detokenizer() {
        List<String[]> rows = Lexicon.rows("ar/detokenization.tsv", 2);
        String[] tokens = new String[rows.size()];
        DetokenizationDictionary.Operation[] ops = new DetokenizationDictionary.Operation[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            tokens[i] = rows.get(i)[0];
            ops[i] = DetokenizationDictionary.Operation.valueOf(rows.get(i)[1]);
        }
        return new DictionaryDetokenizer(new DetokenizationDictionary(tokens, ops));
    }

    @Override
    public SentenceSample read() throws IOException {
        List<String[]> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String line; sentences.size() < SENTENCES_PER_SAMPLE; ) {
            line = samples.read();
            if (line == null || line.isBlank()) {
                if (!tokens.isEmpty()) sentences.add(tokens.toArray(new String[0]));
                tokens.clear();
                if (line == null) break;
                continue;
            }
            int cut = line.lastIndexOf(' ');
            tokens.add(cut > 0 ? line.substring(0, cut) : line);
        }
        if (sentences.isEmpty()) return null;
        // joined by one space, as sentences follow each other in a paragraph
        StringBuilder doc = new StringBuilder();
        Span[] spans = new Span[sentences.size()];
        for (int i = 0; i < spans.length; i++) {
            if (i > 0) doc.append(' ');
            int start = doc.length();
            doc.append(detokenizer.detokenize(sentences.get(i), null));
            spans[i] = new Span(start, doc.length());
        }
        return new SentenceSample(doc, spans);
    }
}
