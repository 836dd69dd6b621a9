package org.khabar.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.khabar.vocab.KH;
import org.khabar.vocab.KHR;

/**
 * A Khabar knowledge graph on disk: a TDB2 dataset with one named graph per article, {@code khg:actors} and
 * {@code khg:ontology}, queried as their union. Knows nothing of NLP: it stores graphs given as quad streams.
 * A graph is replaced whole in one write transaction, so readers see an article whole or not at all.
 */
public final class KhabarStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph tdb;
    private final DatasetGraph dsg;

    private KhabarStore(Path dir, DatasetGraph tdb, Directory index) {
        this.dir = dir;
        this.tdb = tdb;
        this.dsg = withTextIndex(tdb, index);
    }

    /**
     * TDB2's settings with smaller node caches than its defaults (200k node-to-id and 1M id-to-node entries): most
     * nodes of a news graph are literals met once (sentences, quotes, offsets), so the default caches fill with them
     * and hold some 300-500 MiB of heap once a store passes about 50k articles. A quarter of the default keeps the
     * store's memory the same at any size; pages of canned queries read a few thousand nodes.
     */
    static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .node2NodeIdCacheSize(50_000).nodeId2NodeCacheSize(250_000).build();

    /** Opens (creating if needed) the store in {@code dir}; a store held by another process is refused clearly. */
    public static KhabarStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()), PARAMS);
            KhabarStore store = new KhabarStore(dir, tdb, FSDirectory.open(dir.resolve(TEXT_INDEX)));
            store.countMentionsIfMissing();
            return store;
        } catch (RuntimeException e) {
            if (isLock(e))
                throw new StoreLockedException("The store " + dir + " is in use by another process (its tdb.lock is held)."
                        + " Stop that process (e.g. a running 'khabar serve') or use another --store.", e);
            throw e;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot open the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A store in memory (TDB2's in-memory mode), for evaluation and tests of extraction. */
    public static KhabarStore inMemory() {
        return new KhabarStore(null, DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory());
    }

    /** Folder of the Lucene index inside the store folder. */
    public static final String TEXT_INDEX = "text-index";

    /**
     * The TDB2 dataset with a jena-text Lucene index over statement content and quotes and actor labels, kept in
     * step by jena-text within the same transactions. Literals are analysed by their language tag (Arabic light
     * stemming for @ar, English for @en) and stored, so a match can be shown. Queries see the union of the named
     * graphs as their default graph.
     */
    static DatasetGraph withTextIndex(DatasetGraph tdb, Directory index) {
        EntityDefinition def = new EntityDefinition("uri", "content", KH.content.asNode());
        def.set("quote", KH.quote.asNode());
        def.set("label", RDFS.label.asNode());
        def.setUidField("uid"); // lets jena-text delete the entry of a deleted triple
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        DatasetGraph dsg = TextDatasetFactory.createLucene(tdb, index, config);
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked) return true;
            String m = t.getMessage();
            if (m != null && m.contains("tdb.lock")) return true;
        }
        return false;
    }

    public Path dir() { return dir; }

    /** A store written before article counts were kept gets them once, when it is opened. */
    private void countMentionsIfMissing() {
        if (Txn.calculateRead(dsg, () -> MentionCounts.missing(dsg))) Txn.executeWrite(dsg, () -> MentionCounts.recount(dsg));
    }
    DatasetGraph tdb() { return tdb; }

    /**
     * Starts a bulk load (see {@link BulkLoad}), spooling to a folder under {@code spoolDir}, or under the
     * system's temporary folder when it is null.
     */
    public BulkLoad bulkLoad(Path spoolDir) {
        return new BulkLoad(this, spoolDir != null ? spoolDir : Path.of(System.getProperty("java.io.tmpdir")));
    }
    public DatasetGraph dataset() { return dsg; }

    /**
     * Runs {@code writer} in one write transaction. The writer gets a stream whose quads go into the store;
     * for each graph it starts with {@link GraphWriter#replace}, which empties that graph first. If the writer
     * throws, nothing of the transaction is kept.
     */
    public void write(Consumer<GraphWriter> writer) {
        Txn.executeWrite(dsg, () -> {
            GraphWriter w = new GraphWriter(dsg);
            writer.accept(w);
            w.counts.apply(dsg);
        });
    }

    /** Quads pushed here go into the store; {@code replace(g)} clears a graph before it is written again. */
    public static final class GraphWriter extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final MentionCounts counts = new MentionCounts();
        private long quads;

        GraphWriter(DatasetGraph dsg) { this.dsg = dsg; }

        public void replace(String graphIri) {
            // quad by quad, not deleteAny: jena-text hears only single deletes, and must drop the old entries
            java.util.List<Quad> old = new java.util.ArrayList<>();
            dsg.find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
            for (Quad q : old) {
                dsg.delete(q);
                counts.removed(q);
            }
        }

        @Override public void quad(Quad q) {
            if (MentionCounts.isMention(q) && dsg.contains(q)) return;
            dsg.add(q);
            counts.added(q);
            quads++;
        }
        @Override public void triple(org.apache.jena.graph.Triple t) { dsg.add(Quad.create(Quad.defaultGraphIRI, t)); quads++; }
        public long quads() { return quads; }
    }

    /** Puts the ontology and topic scheme into {@code khg:ontology}, replacing what was there. */
    public void installOntology(Graph ontology) {
        Node g = NodeFactory.createURI(KHR.ONTOLOGY_GRAPH);
        // unchanged since the last run: no write transaction (and no re-indexing of its labels)
        boolean same = Txn.calculateRead(dsg, () -> {
            Graph stored = dsg.getGraph(g);
            if (stored.size() != ontology.size()) return false;
            var it = ontology.find();
            while (it.hasNext()) if (!stored.contains(it.next())) return false;
            return true;
        });
        if (same) return;
        write(w -> {
            w.replace(KHR.ONTOLOGY_GRAPH);
            ontology.find().forEachRemaining(t -> w.quad(Quad.create(g, t)));
        });
    }

    /** Removes an article's graph. */
    public void deleteArticle(String articleId) {
        write(w -> w.replace(KHR.articleGraph(articleId)));
    }

    /** Number of quads in the store. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** Number of quads in one named graph. */
    public long size(String graphIri) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    @Override
    public void close() {
        // TDB2 keeps the connection for the JVM; release it so another process may open the store
        if (dsg.isInTransaction()) dsg.abort();
        if (dsg instanceof DatasetGraphText t) t.getTextIndex().close();
        if (dir != null) org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        else tdb.close();
    }
}
