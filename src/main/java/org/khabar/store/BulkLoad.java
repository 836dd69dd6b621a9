package org.khabar.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.khabar.vocab.KHR;

/**
 * The bulk path into a store, for a new store or a large batch: quads pushed to {@link #stream()} are spooled to
 * an N-Quads file; {@link #finish} loads that file with TDB2's parallel loader in one transaction, then adds the
 * indexed literals to the text index in one pass. Live ingest keeps the incremental path of {@link KhabarStore#write}.
 * <p>
 * A graph is replaced, never appended to: article graphs the store already holds are removed before the load.
 * The shared graphs ({@code khg:actors}, {@code khg:ontology}) are merged, and a label already in them is not
 * indexed twice. If the load fails, nothing of it is kept (TDB2 aborts the transaction).
 */
public final class BulkLoad implements AutoCloseable {
    private static final Set<String> SHARED = Set.of(KHR.ACTORS_GRAPH, KHR.ONTOLOGY_GRAPH);
    private static final double BULK_TEXT_BUFFER_MB = 64;

    private final KhabarStore store;
    private final Path dir;
    private final Path quadsFile, textFile;
    private final OutputStream quadsOut, textOut;
    private final StreamRDF quads, text;
    private final EntityDefinition indexed;
    private final boolean storeHadArticles;
    private final List<Node> replaced = new ArrayList<>();
    private final Set<Quad> sharedSpooled = new HashSet<>(); // bounded by the distinct actors, not by the articles
    private Node lastGraph;
    private long spooled;
    private boolean finished;

    BulkLoad(KhabarStore store, Path spoolDir) {
        this.store = store;
        try {
            this.dir = Files.createTempDirectory(spoolDir, "bulk-");
            this.quadsFile = dir.resolve("quads.nq");
            this.textFile = dir.resolve("text.nq");
            this.quadsOut = new BufferedOutputStream(Files.newOutputStream(quadsFile), 1 << 16);
            this.textOut = new BufferedOutputStream(Files.newOutputStream(textFile), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bulk-load spool in " + spoolDir, e);
        }
        this.quads = StreamRDFWriter.getWriterStream(quadsOut, Lang.NQUADS);
        this.text = StreamRDFWriter.getWriterStream(textOut, Lang.NQUADS);
        quads.start();
        text.start();
        this.indexed = ((DatasetGraphText) store.dataset()).getTextIndex().getDocDef();
        this.storeHadArticles = Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().listGraphNodes();
            while (it.hasNext()) if (!SHARED.contains(it.next().getURI())) return true;
            return false;
        });
    }

    /** The N-Quads file the load reads (complete once {@link #finish} has started). */
    public Path spoolFile() { return quadsFile; }

    /** Quads pushed here are spooled; one caller thread. */
    public StreamRDF stream() {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) { spool(q); }
            @Override public void triple(org.apache.jena.graph.Triple t) { spool(Quad.create(Quad.defaultGraphIRI, t)); }
        };
    }

    private void spool(Quad q) {
        Node g = q.getGraph();
        boolean shared = g.isURI() && SHARED.contains(g.getURI());
        if (!shared && !g.equals(lastGraph)) {
            lastGraph = g;
            if (storeHadArticles && Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g))) replaced.add(g);
        }
        // every article repeats the actors it names (label, type, role, sameAs): the loader would only find them again
        if (shared && !sharedSpooled.add(q)) return;
        quads.quad(q);
        spooled++;
        if (indexed.getField(q.getPredicate()) == null || !q.getObject().isLiteral()) return;
        if (shared) {
            if (Txn.calculateRead(store.dataset(), () -> store.dataset().contains(q))) return;
        }
        text.quad(q);
    }

    public long spooled() { return spooled; }

    /** Seconds each part of {@link #finish} took: TDB2's loader, the text index, its merge, the article counts. */
    public record Timings(double loader, double text, double merge, double counts) {}

    private double loaderSecs, textSecs, mergeSecs, countSecs;

    /** Where the time of {@link #finish} went. */
    public Timings timings() { return new Timings(loaderSecs, textSecs, mergeSecs, countSecs); }

    private static double since(long t0) { return (System.nanoTime() - t0) / 1e9; }

    /**
     * Loads the spool: removes the graphs it replaces, runs TDB2's parallel loader, then indexes the text.
     * Returns the quads read from the spool. {@code progress} receives the loader's own progress lines.
     */
    public long finish(MonitorOutput progress) {
        if (finished) throw new IllegalStateException("bulk load already finished");
        finished = true;
        quads.finish();
        text.finish();
        try {
            quadsOut.close();
            textOut.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bulk-load spool", e);
        }
        if (!replaced.isEmpty()) store.write(w -> replaced.forEach(g -> w.replace(g.getURI())));
        long t0 = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(store.tdb(), progress);
        loader.startBulk();
        try {
            loader.load(quadsFile.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loaderSecs = since(t0);
        indexText();
        long t1 = System.nanoTime();
        Txn.executeWrite(store.dataset(), () -> MentionCounts.recount(store.dataset()));
        countSecs = since(t1);
        return loader.countQuads() + loader.countTriples();
    }

    private void indexText() {
        TextIndex index = ((DatasetGraphText) store.dataset()).getTextIndex();
        long t0 = System.nanoTime();
        // a larger buffer than Lucene's 16 MB for one pass over many documents: fewer segments to flush and merge
        var config = index instanceof TextIndexLucene lucene ? lucene.getIndexWriter().getConfig() : null;
        double buffer = config == null ? 0 : config.getRAMBufferSizeMB();
        if (config != null) config.setRAMBufferSizeMB(BULK_TEXT_BUFFER_MB);
        try {
            RDFParser.source(textFile).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override public void quad(Quad q) {
                    Entity e = TextQueryFuncs.entityFromQuad(indexed, q);
                    if (e != null) index.addEntity(e);
                }
            });
            index.commit();
            textSecs = since(t0);
            long t1 = System.nanoTime();
            // one segment: jena-text opens the index for each query, and searches one segment about twice as fast
            // as the dozens a large load leaves (10 s to merge at 100k articles; incremental writes add segments again)
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().forceMerge(1);
                lucene.commit();
            }
            mergeSecs = since(t1);
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException("the quads were loaded and indexed but the index could not be merged", e);
        } catch (RuntimeException e) {
            index.rollback();
            throw new IllegalStateException("the quads were loaded but the text index was not updated: " + e.getMessage()
                    + " (run 'khabar ingest' of these articles again to rebuild it)", e);
        } finally {
            if (config != null) config.setRAMBufferSizeMB(buffer);
        }
    }

    /** Deletes the spool; after an unfinished load, nothing reaches the store. */
    @Override
    public void close() {
        if (!finished) {
            try { quadsOut.close(); textOut.close(); } catch (IOException ignored) { /* being discarded */ }
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the bulk-load spool " + dir, e);
        }
    }
}
