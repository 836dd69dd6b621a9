package org.khabar.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Exports a store, or one graph of it, in the contract's formats. N-Quads, TriG, N-Triples and Turtle are
 * streamed quad by quad (a whole corpus is never built in memory); JSON-LD and RDF/XML need their writers'
 * whole-graph view. Triple formats carry the union of all graphs, or the one asked for.
 */
public enum Exporter {
    NQ(RDFFormat.NQUADS, true, true), TRIG(RDFFormat.TRIG_BLOCKS, true, true),
    NT(RDFFormat.NTRIPLES, false, true), TTL(RDFFormat.TURTLE_BLOCKS, false, true),
    JSONLD(RDFFormat.JSONLD11, true, false), RDFXML(RDFFormat.RDFXML_PLAIN, false, false);

    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;

    Exporter(RDFFormat format, boolean quads, boolean streaming) {
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
    }

    public static Exporter of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "' (use nq, trig, ttl, nt, jsonld or rdfxml)");
        }
    }

    public RDFFormat format() { return format; }

    /** Writes the store (or {@code graphIri}, when not null) to {@code out}; returns the number of statements written. */
    public long export(DatasetGraph dsg, String graphIri, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            Node g = graphIri == null ? null : NodeFactory.createURI(graphIri);
            if (streaming) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
                w.start();
                long n = 0;
                if (quads) {
                    Iterator<Quad> it = g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) { w.quad(it.next()); n++; }
                } else {
                    Graph source = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
                    Iterator<Triple> it = source.find();
                    while (it.hasNext()) { w.triple(it.next()); n++; }
                }
                w.finish();
                return n;
            }
            if (quads) {
                DatasetGraph view = dsg;
                if (g != null) {
                    view = DatasetGraphFactory.createGeneral();
                    view.addGraph(g, dsg.getGraph(g));
                }
                RDFDataMgr.write(out, view, format);
                return count(view);
            }
            Graph source = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
            RDFDataMgr.write(out, source, format);
            return (long) source.size();
        });
    }

    private static long count(DatasetGraph d) {
        long n = 0;
        for (Iterator<Quad> it = d.find(); it.hasNext(); it.next()) n++;
        return n;
    }
}
