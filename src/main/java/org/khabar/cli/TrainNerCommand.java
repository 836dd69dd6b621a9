package org.khabar.cli;

import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.nlp.ner.ArabicNameFinderTrainer;
import org.khabar.nlp.ner.ConllNameSampleStream;
import org.khabar.nlp.ner.NameCueWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains the Arabic name finder on a two-column CoNLL file (CLEANANERCorp) and, given --test,",
                "prints span-level precision, recall and F1 per type. The shipped model was made with:",
                "  khabar train-ner --train ../shared/corpus/ner/cleananercorp-train.conll --test src/test/resources/ner/cleananercorp-test.conll -o src/main/resources/org/khabar/ner/ar-ner.bin"})
final class TrainNerCommand implements Callable<Integer> {
    @Mixin TrainingFiles files;
    @Option(names = "--iterations", defaultValue = "150") int iterations;
    @Option(names = "--cutoff", defaultValue = "5") int cutoff;
    @Option(names = "--algorithm", defaultValue = "MAXENT", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).") String algorithm;
    @Option(names = "--beam", defaultValue = "" + ArabicNameFinderTrainer.DEFAULT_BEAM,
            description = "Beam width the model decodes with (default: ${DEFAULT-VALUE}, greedy; OpenNLP's own default is 3).") int beam;

    @Option(names = "--common-words", paramLabel = "FILE",
            description = "Write the training data's common words (the list the features read, shipped as "
                    + "src/main/resources/org/khabar/ner/ar-common-words.txt) to FILE.") Path commonWords;

    @Option(names = "--plain-words", paramLabel = "FILE",
            description = "Write the training data's common words that never stand inside a name (shipped as "
                    + "src/main/resources/org/khabar/ner/ar-plain-words.txt) to FILE.") Path plainWords;

    @Override
    public Integer call() throws Exception {
        ArabicNameFinderTrainer.StemCounts stems;
        try (ConllNameSampleStream samples = new ConllNameSampleStream(() -> Files.newInputStream(files.train))) {
            stems = ArabicNameFinderTrainer.countStems(samples);
        }
        SortedSet<String> common = stems.common();
        if (commonWords != null) {
            writeWords(commonWords, "common", common, lineage() + ".",
                    "# Any other word is 'unusual' to the name finder's features, as most names in new text are. Written by train-ner --common-words.");
        }
        if (!common.equals(NameCueWords.shippedCommonWords())) {
            System.err.println("warning: the common words shipped in the jar were not made from " + files.train
                    + "; for a model that matches its data, write them with --common-words "
                    + "src/main/resources/org/khabar/ner/ar-common-words.txt, rebuild, and train again");
        }
        if (plainWords != null) {
            writeWords(plainWords, "plain", stems.plain(), lineage(),
                    "# and never inside a name there. A name read after a title stops before one. Written by train-ner --plain-words.");
        }
        TokenNameFinderModel model;
        try (ConllNameSampleStream samples = new ConllNameSampleStream(() -> Files.newInputStream(files.train))) {
            model = ArabicNameFinderTrainer.train(samples, iterations, cutoff, algorithm, beam);
        }
        files.write(model);
        if (files.test != null) {
            try (ConllNameSampleStream samples = new ConllNameSampleStream(() -> Files.newInputStream(files.test))) {
                System.out.print(ArabicNameFinderTrainer.evaluate(model, samples).table());
            }
        }
        return Khabar.OK;
    }

    /** The first header line of a word list: where its stems were counted. */
    private String lineage() {
        return "# Word stems seen at least " + ArabicNameFinderTrainer.COMMON_MIN + " times in the name finder's training data ("
                + files.train.getFileName() + "; see NOTICE.md)";
    }

    /** Writes a word list under its header lines. */
    private static void writeWords(Path file, String what, SortedSet<String> words, String... header) throws java.io.IOException {
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(words);
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println(what + " words written to " + file);
    }
}
