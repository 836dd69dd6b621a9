package org.khabar.ingest;

import java.util.List;
import org.khabar.doc.Document;

/** Where extracted documents go, a batch at a time: a store, or an RDF file. Returns the quads written. */
public interface DocumentSink {
    long accept(List<Document> batch);
}
