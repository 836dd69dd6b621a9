package org.khabar.nlp.sentdetect;

import java.io.IOException;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains OpenNLP's maximum-entropy sentence detector for Arabic on the sentences of the NER corpus. Its only
 * end-of-sentence candidate is the full stop: the corpus was cut into sentences at full stops, so its question and
 * exclamation marks stand inside “sentences” and would teach the model that «؟» ends none.
 * {@link NewsSentenceDetector} ends sentences at those marks itself. The corpus holds too few abbreviations for the
 * model to learn them (four «د.»): {@link NewsSentenceDetector} reads them from a list.
 */
public final class ArabicSentenceModelTrainer {
    static final char[] END_CHARACTERS = {'.'};

    private ArabicSentenceModelTrainer() {}

    public static SentenceModel train(ObjectStream<SentenceSample> samples, int iterations, int cutoff) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        SentenceDetectorFactory factory = new SentenceDetectorFactory("ar", true, null, END_CHARACTERS);
        return SentenceDetectorME.train("ar", samples, factory, params);
    }

    /** Sentence-level precision, recall and F1 of the model on the samples (OpenNLP's evaluator). */
    public static FMeasure evaluate(SentenceModel model, ObjectStream<SentenceSample> samples) throws IOException {
        SentenceDetectorEvaluator evaluator = new SentenceDetectorEvaluator(new SentenceDetectorME(model));
        evaluator.evaluate(samples);
        return evaluator.getFMeasure();
    }
}
