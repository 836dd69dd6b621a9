package org.khabar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.export.Exporter;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the store, or one graph of it. nq and trig keep the named graphs; ttl, nt and rdfxml",
                "carry the union of all graphs (or the --graph asked for); jsonld keeps the graphs."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--format", required = true, description = "nq, trig, ttl, nt, jsonld or rdfxml.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Override
    public Integer call() throws IOException {
        Exporter ex = Exporter.of(format);
        if (!Files.isDirectory(store.dir)) throw new Khabar.UserError("no store at " + store.dir);
        try (KhabarStore s = KhabarStore.open(store.dir);
             OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output))) {
            long n = ex.export(s.dataset(), graph, out);
            out.flush();
            System.err.println("exported " + n + " statements as " + ex.format());
        }
        return Khabar.OK;
    }
}
