package org.khabar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.util.model.BaseModel;
import picocli.CommandLine.Option;

/** The files every training command takes (a picocli mixin): its data, optional test data, and where the model goes. */
final class TrainingFiles {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data, a CoNLL file.") Path train;
    @Option(names = "--test", paramLabel = "FILE", description = "Test data, a CoNLL file: the scores are printed.") Path test;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the model.") Path output;

    /** Writes the model to {@code --output}, if given. */
    void write(BaseModel model) throws IOException {
        if (output == null) return;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            model.serialize(out);
        }
        System.out.println("model written to " + output);
    }
}
