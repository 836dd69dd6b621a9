package org.khabar.ingest;

import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.khabar.doc.Document;
import org.khabar.rdf.RdfMapper;

/** Pushes each document's quads to an RDF stream (a TriG or N-Quads writer); the caller starts and finishes it. */
public final class StreamSink implements DocumentSink {
    private final StreamRDF out;

    public StreamSink(StreamRDF out) { this.out = out; }

    @Override
    public long accept(List<Document> batch) {
        long[] n = {0};
        StreamRDF counting = new StreamRDFWrapper(out) {
            @Override public void quad(Quad q) { n[0]++; super.quad(q); }
        };
        for (Document d : batch) RdfMapper.map(d, counting);
        return n[0];
    }
}
