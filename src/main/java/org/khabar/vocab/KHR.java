package org.khabar.vocab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Instance IRIs ({@code khr:}) and named-graph IRIs ({@code khg:}); the only place they are spelled. */
public final class KHR {
    public static final String NS = "https://w3id.org/khabar/id/";
    public static final String GRAPH_NS = "https://w3id.org/khabar/graph/";
    public static final String TOPIC_NS = "https://w3id.org/khabar/topic/";
    public static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";

    /** Graph holding actor and place descriptions shared by all articles. */
    public static final String ACTORS_GRAPH = GRAPH_NS + "actors";
    /** Graph holding the ontology and topic scheme. */
    public static final String ONTOLOGY_GRAPH = GRAPH_NS + "ontology";

    private KHR() {}

    public static String article(String id) { return NS + "article/" + safe(id); }
    public static String articleGraph(String id) { return GRAPH_NS + "article/" + safe(id); }
    public static String actor(String key) { return NS + "actor/" + safe(key); }
    public static String place(String key) { return NS + "place/" + safe(key); }
    public static String statement(String articleId, int codePointOffset) {
        return NS + "statement/" + safe(articleId) + "-" + codePointOffset;
    }
    /** The {@code ordinal}-th statement (2, 3, …) of one act: a joint act is one statement per party. */
    public static String statement(String articleId, int codePointOffset, int ordinal) {
        return ordinal <= 1 ? statement(articleId, codePointOffset) : statement(articleId, codePointOffset) + "-" + ordinal;
    }
    public static String event(String articleId, String kind, int codePointOffset) {
        return NS + kind + "/" + safe(articleId) + "-" + codePointOffset;
    }
    public static String role(String actorKey, String articleId, int codePointOffset) {
        return NS + "role/" + safe(articleId) + "-" + codePointOffset + "-" + safe(actorKey);
    }
    public static String topic(String id) { return TOPIC_NS + id; }
    public static String wikidata(String qid) { return WIKIDATA_NS + qid; }

    /** IRI-safe form of an id: unreserved characters kept, everything else percent-encoded (same input, same id). */
    public static String safe(String id) {
        // URLEncoder leaves only A-Z a-z 0-9 . - * _ alone; '*' and the space's '+' are made strict too.
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("*", "%2A").replace("+", "%20");
    }
}
