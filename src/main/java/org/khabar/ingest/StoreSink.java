package org.khabar.ingest;

import java.util.List;
import org.khabar.doc.Document;
import org.khabar.rdf.RdfMapper;
import org.khabar.store.KhabarStore;
import org.khabar.vocab.KHR;

/** Loads a batch into the store in one write transaction; each article's graph is replaced, never appended to. */
public final class StoreSink implements DocumentSink {
    private final KhabarStore store;

    public StoreSink(KhabarStore store) { this.store = store; }

    @Override
    public long accept(List<Document> batch) {
        long[] quads = {0};
        store.write(w -> {
            for (Document d : batch) {
                w.replace(KHR.articleGraph(d.id()));
                RdfMapper.map(d, w);
            }
            quads[0] = w.quads();
        });
        return quads[0];
    }
}
