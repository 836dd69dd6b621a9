package org.khabar.cli;

import org.khabar.extract.Extractor;
import org.khabar.rdf.Ontology;

/** The extractor with its models and lexicons, loaded once per process. */
final class Models {
    private static Extractor extractor;

    private Models() {}

    static synchronized Extractor extractor() {
        if (extractor == null) extractor = new Extractor(Ontology.topicSurfaceForms());
        return extractor;
    }
}
