package org.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khabar.doc.Document;
import org.khabar.eval.AnswerKey;
import org.khabar.eval.Score;
import org.khabar.eval.Scorer;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.ingest.StoreSink;
import org.khabar.rdf.Ontology;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;
import org.khabar.store.KhabarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against answer keys (gold/README.md rules), through the canned queries.",
                "Each keyed article is extracted into its own in-memory store; articles without a key are ignored."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of answer keys (*.json).")
    Path gold;

    @Option(names = "--explain", description = "Print every missed and every spurious item.")
    boolean explain;

    @Option(names = "--lang", description = "Only keys of this language (ar or en).")
    String lang;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The articles (files or folders).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Map<String, AnswerKey> keys = new HashMap<>();
        try (Stream<Path> s = Files.list(gold)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                AnswerKey k = AnswerKey.read(p);
                if (lang == null || lang.equals(k.lang())) keys.put(k.article(), k);
            }
        }
        Map<String, ArticleInput> articles = new HashMap<>();
        Inputs.read(paths, new ArticleSink() {
            @Override public void article(ArticleInput a) { if (keys.containsKey(a.meta().id())) articles.put(a.meta().id(), a); }
            @Override public void problem(ReadProblem p) { System.err.println("failed " + p); }
        });
        Scorer scorer = new Scorer(explain ? System.out : null);
        var ontology = Ontology.termsAndTopics();
        List<String> ids = new ArrayList<>(keys.keySet());
        ids.sort(null);
        int scored = 0;
        for (String id : ids) {
            ArticleInput a = articles.get(id);
            if (a == null) { System.err.println("no article for key " + id); continue; }
            Document d;
            try {
                d = Models.extractor().extract(a);
            } catch (UnsupportedLanguageException e) {
                System.err.println("skipped " + id + ": " + e.getMessage());
                continue;
            }
            try (KhabarStore store = KhabarStore.inMemory()) {
                store.installOntology(ontology);
                new StoreSink(store).accept(List.of(d));
                scorer.score(store.dataset(), keys.get(id));
                scored++;
            }
        }
        System.out.println(String.format("%-14s %6s %6s %6s   (%d articles)", "category", "P", "R", "F1", scored));
        for (Map.Entry<String, Score> e : scorer.totals().entrySet()) System.out.println(e.getValue().row(e.getKey()));
        return scored > 0 ? Khabar.OK : Khabar.SOME_FAILED;
    }
}
