package org.khabar.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Khabar ontology ({@code ontology/khabar.ttl}); a test keeps the two in step. */
public final class KH {
    public static final String NS = "https://w3id.org/khabar/ontology#";

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Statement = resource("Statement");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Topic = resource("Topic");
    public static final Resource StatementType = resource("StatementType");
    public static final Resource EventType = resource("EventType");
    public static final Resource Role = resource("Role");

    // Properties
    public static final Property speaker = property("speaker");
    public static final Property addressee = property("addressee");
    public static final Property statementType = property("statementType");
    public static final Property topic = property("topic");
    public static final Property quote = property("quote");
    public static final Property content = property("content");
    public static final Property participant = property("participant");
    public static final Property place = property("place");
    public static final Property date = property("date");
    public static final Property eventType = property("eventType");
    public static final Property source = property("source");
    public static final Property evidence = property("evidence");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property confidence = property("confidence");
    public static final Property mentions = property("mentions");
    public static final Property articleCount = property("articleCount");
    public static final Property role = property("role");
    public static final Property roleTitle = property("roleTitle");
    public static final Property roleOf = property("roleOf");
    public static final Property text = property("text");

    // Schemes
    public static final Resource statementTypes = resource("statementTypes");
    public static final Resource eventTypes = resource("eventTypes");

    private KH() {}

    /** A statement-type or event-type individual by its local name, e.g. {@code Call}. */
    public static Resource term(String localName) { return resource(localName); }
}
