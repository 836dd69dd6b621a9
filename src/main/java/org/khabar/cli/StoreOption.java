package org.khabar.cli;

import java.nio.file.Path;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the verbs that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "khabar-data",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    KhabarStore open() {
        KhabarStore s = KhabarStore.open(dir);
        s.installOntology(Ontology.termsAndTopics());
        return s;
    }
}
