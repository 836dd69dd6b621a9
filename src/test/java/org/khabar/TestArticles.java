package org.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.doc.ArticleMeta;
import org.khabar.doc.Document;
import org.khabar.extract.Extractor;
import org.khabar.extract.UnsupportedLanguageException;
import org.khabar.rdf.Ontology;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;

/** Shared test fixtures: one extractor for the whole run, and the bundled articles. */
public final class TestArticles {
    public static final String SEED_000 = "000_fd1355c3401903b1";
    public static final String SEED_002 = "002_a64bfd7d8adc9861";
    private static Extractor extractor;

    private TestArticles() {}

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = new Extractor(Ontology.topicSurfaceForms());
        return extractor;
    }

    public static String resource(String path) {
        try (InputStream in = TestArticles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed article (bundled as a demo sample) as input. */
    public static ArticleInput seed(String id) {
        return new ArticleInput(new ArticleMeta(id, null, null, null, null, null, null, id + ".txt"),
                resource("/org/khabar/samples/" + id + ".txt"));
    }

    public static Document extract(ArticleInput in) {
        try {
            return extractor().extract(in);
        } catch (UnsupportedLanguageException e) {
            throw new AssertionError(e);
        }
    }

    /** An article in {@code lang} published on {@code published} (ISO date, or null), extracted. */
    public static Document extract(String lang, String published, String text) {
        return extract(new ArticleInput(new ArticleMeta("t", lang, null, published, null, null, null, "t"), text));
    }

    /** The document's statements, one "speaker type" line each, in order. */
    public static String speakersAndTypes(Document d) {
        return d.statements().stream().map(s -> s.speaker().label() + " " + s.type()).collect(java.util.stream.Collectors.joining("\n"));
    }

    public static Document extractText(String id, String text) {
        return extract(new ArticleInput(new ArticleMeta(id, "ar", null, null, null, null, null, id), text));
    }

    /** Writes the two seeds into {@code dir} as .txt files and returns their paths. */
    public static List<Path> writeSeeds(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String id : List.of(SEED_000, SEED_002)) {
            Path p = dir.resolve(id + ".txt");
            Files.writeString(p, resource("/org/khabar/samples/" + id + ".txt"), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    /** The articles of a test resource file (e.g. /articles/unseen-ar.jsonl). */
    public static List<ArticleInput> articles(Path file) {
        List<ArticleInput> out = new ArrayList<>();
        Inputs.read(List.of(file), new ArticleSink() {
            @Override public void article(ArticleInput a) { out.add(a); }
            @Override public void problem(ReadProblem p) { throw new AssertionError(p.toString()); }
        });
        return out;
    }

    /** A TDB2 store in {@code dir}/db with the ontology and the two seeds ingested. */
    public static org.khabar.store.KhabarStore seedStore(Path dir) throws IOException {
        org.khabar.store.KhabarStore store = org.khabar.store.KhabarStore.open(dir.resolve("db"));
        store.installOntology(Ontology.termsAndTopics());
        org.khabar.ingest.Ingester.builder().extractor(extractor()).sink(new org.khabar.ingest.StoreSink(store)).build()
                .run(writeSeeds(Files.createDirectories(dir.resolve("in"))));
        return store;
    }

    public static Path copyResource(String path, Path dir) throws IOException {
        Path p = dir.resolve(Path.of(path).getFileName().toString());
        Files.writeString(p, resource(path), StandardCharsets.UTF_8);
        return p;
    }
}
