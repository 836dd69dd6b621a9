package org.khabar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The few schema.org terms Khabar writes for articles. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Node headline = NodeFactory.createURI(NS + "headline");
    public static final Node datePublished = NodeFactory.createURI(NS + "datePublished");
    public static final Node publisher = NodeFactory.createURI(NS + "publisher");
    public static final Node sourceOrganization = NodeFactory.createURI(NS + "sourceOrganization");
    public static final Node url = NodeFactory.createURI(NS + "url");

    private SCHEMA() {}
}
