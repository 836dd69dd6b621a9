package org.khabar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StreamSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts articles to RDF (TriG or N-Quads) without a store.")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        RDFFormat f = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (use trig or nq)");
        };
        try (OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, f);
            w.start();
            Ingester.Summary sum = Ingester.builder().extractor(Models.extractor()).sink(new StreamSink(w))
                    .log(System.err).build().run(paths);
            w.finish();
            out.flush();
            System.err.println("extracted: " + sum.line());
            return sum.failed() > 0 ? Khabar.SOME_FAILED : Khabar.OK;
        }
    }
}
