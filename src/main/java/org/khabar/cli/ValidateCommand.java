package org.khabar.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes of the ontology; exit code 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.dir)) throw new Khabar.UserError("no store at " + store.dir);
        Shapes shapes = Shapes.parse(Ontology.load(Ontology.SHAPES));
        try (KhabarStore s = KhabarStore.open(store.dir)) {
            ValidationReport report = Txn.calculateRead(s.dataset(), () -> ShaclValidator.get().validate(shapes, s.dataset().getUnionGraph()));
            if (report.conforms()) {
                System.out.println("conforms: the store satisfies every shape");
                return Khabar.OK;
            }
            ShLib.printReport(report);
            System.out.println(report.getEntries().size() + " violations");
            return Khabar.SOME_FAILED;
        }
    }
}
