package org.khabar.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.eval.FMeasure;
import org.khabar.nlp.sentdetect.ArabicSentenceModelTrainer;
import org.khabar.nlp.sentdetect.ConllSentenceSampleStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-sentences", mixinStandardHelpOptions = true,
        description = {"Trains the Arabic sentence detector on the sentences of a CoNLL file (CLEANANERCorp) and, given",
                "--test, prints OpenNLP's sentence-level precision, recall and F1. The shipped model was made with:",
                "  khabar train-sentences --train ../shared/corpus/ner/cleananercorp-train.conll --test src/test/resources/ner/cleananercorp-test.conll -o src/main/resources/org/khabar/sentdetect/ar-sent.bin"})
final class TrainSentencesCommand implements Callable<Integer> {
    @Mixin TrainingFiles files;
    @Option(names = "--iterations", defaultValue = "100") int iterations;
    @Option(names = "--cutoff", defaultValue = "5") int cutoff;

    @Override
    public Integer call() throws Exception {
        SentenceModel model;
        try (ConllSentenceSampleStream samples = new ConllSentenceSampleStream(() -> Files.newInputStream(files.train))) {
            model = ArabicSentenceModelTrainer.train(samples, iterations, cutoff);
        }
        files.write(model);
        if (files.test != null) {
            try (ConllSentenceSampleStream samples = new ConllSentenceSampleStream(() -> Files.newInputStream(files.test))) {
                FMeasure f = ArabicSentenceModelTrainer.evaluate(model, samples);
                System.out.printf("sentences  P %.4f  R %.4f  F1 %.4f%n", f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
            }
        }
        return Khabar.OK;
    }
}
