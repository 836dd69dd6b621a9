package org.khabar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.khabar.rdf.Ontology;

/** The hand-kept KH constants and the ontology file name the same terms, and every term is documented. */
class KhVocabularyTest {
    private final Graph ontology = Ontology.load(Ontology.TERMS);

    private Set<String> declaredTerms() {
        Set<String> out = new TreeSet<>();
        ontology.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(KH.NS)) out.add(s.getURI());
        });
        return out;
    }

    private Set<String> javaTerms() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : KH.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                out.add(((Resource) f.get(null)).getURI());
        }
        return out;
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() throws Exception {
        Set<String> missing = new TreeSet<>(javaTerms());
        missing.removeAll(declaredTerms());
        assertEquals(Set.of(), missing, "KH constants not in ontology/khabar.ttl");
    }

    @Test
    void everyClassAndPropertyOfTheOntologyHasAJavaConstant() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (String iri : declaredTerms()) {
            String local = iri.substring(KH.NS.length());
            boolean individual = ontology.contains(Node.ANY, Node.ANY, Node.ANY)
                    && (ontology.contains(org.apache.jena.graph.NodeFactory.createURI(iri), org.apache.jena.vocabulary.RDF.type.asNode(), KH.StatementType.asNode())
                    || ontology.contains(org.apache.jena.graph.NodeFactory.createURI(iri), org.apache.jena.vocabulary.RDF.type.asNode(), KH.EventType.asNode()));
            if (!individual && !javaTerms().contains(iri)) missing.add(local);
        }
        assertEquals(Set.of(), missing, "ontology terms without a KH constant");
    }

    @Test
    void everyTermHasEnglishAndArabicLabelsAndAComment() {
        for (String iri : declaredTerms()) {
            Node n = org.apache.jena.graph.NodeFactory.createURI(iri);
            Set<String> langs = new TreeSet<>();
            ontology.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> langs.add(t.getObject().getLiteralLanguage()));
            assertTrue(langs.containsAll(Set.of("en", "ar")), iri + " lacks an @en or @ar label: " + langs);
            assertTrue(ontology.contains(n, RDFS.comment.asNode(), Node.ANY), iri + " has no rdfs:comment");
        }
    }

    @Test
    void contractStatementTypesExistAndDemandIsNarrowerThanCall() {
        for (String t : new String[] {"Call", "Demand", "Claim", "Denial", "Accusation", "Hope", "Support", "Criticism", "Announcement", "Warning"})
            assertTrue(declaredTerms().contains(KH.NS + t), t);
        assertTrue(ontology.contains(KH.term("Demand").asNode(), org.apache.jena.vocabulary.SKOS.broader.asNode(), KH.term("Call").asNode()));
    }
}
