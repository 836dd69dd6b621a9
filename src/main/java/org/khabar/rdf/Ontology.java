package org.khabar.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.khabar.vocab.KH;
import org.khabar.vocab.KHR;

/** The bundled ontology files ({@code ontology/*.ttl} in the jar): the OWL terms, the topic scheme, the SHACL shapes. */
public final class Ontology {
    public static final String TERMS = "ontology/khabar.ttl";
    public static final String TOPICS = "ontology/topics.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private Ontology() {}

    public static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Terms and topics together: what the store keeps in {@code khg:ontology}. */
    public static Graph termsAndTopics() {
        Graph g = load(TERMS);
        load(TOPICS).find().forEachRemaining(g::add);
        return g;
    }

    /**
     * Topic id → its preferred, alternative and hidden labels in every language: the surface forms the extractor
     * matches (hidden labels hold the inflected forms that are matched but never shown, “investigated”).
     */
    public static Map<String, List<String>> topicSurfaceForms() {
        Graph g = load(TOPICS);
        Map<String, List<String>> out = new LinkedHashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), KH.Topic.asNode()).forEachRemaining(t -> {
            Node c = t.getSubject();
            String id = c.getURI().substring(KHR.TOPIC_NS.length());
            List<String> forms = new ArrayList<>();
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()))
                g.find(c, p, Node.ANY).forEachRemaining((Triple x) -> forms.add(x.getObject().getLiteralLexicalForm()));
            out.put(id, forms);
        });
        return out;
    }
}
