package org.khabar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.TestArticles;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.store.KhabarStore;

/** A real Fuseki server on a free loopback port over a real TDB2 store, spoken to over HTTP. */
class ServerTest {
    private static final String PASSWORD = "correct horse battery";
    @TempDir static Path tmp;
    static KhabarStore store;
    static KhabarServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = TestArticles.seedStore(tmp);
        server = KhabarServer.builder().dataset(store.dataset()).port(0).adminPassword(PASSWORD)
                .queryTimeoutMillis(1500).maxRows(50).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"calls-for", "statements", "meetings", "events", "actors", "quotes-about"})
    void everyCannedQueryAnswersOverHttp(String name) {
        Map<String, String> params = name.equals("quotes-about") ? Map.of("text", "الحوار") : Map.of();
        List<QuerySolution> rows = new ArrayList<>();
        QueryRunner.remote(server.queryUrl(), 30_000).select(QueryRunner.bind(CannedQuery.named(name), params), rs -> rs.forEachRemaining(rows::add));
        assertFalse(rows.isEmpty(), name + " returned no rows over HTTP");
    }

    @Test
    void theQueryEndpointAnswersGetWithCors() throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/khabar/ontology#Statement> }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/query?query=" + q))
                .header("Accept", "application/sparql-results+json").header("Origin", "http://notebook.example").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"n\""), r.body());
        assertEquals("http://notebook.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() throws Exception {
        String q = URLEncoder.encode("SELECT * WHERE { ?s ?p }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + q)).GET().build());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse"), r.body());
    }

    @Test
    void anonymousUpdateIs401AndTheAdminMayUpdate() throws Exception {
        String update = "INSERT DATA { GRAPH <https://w3id.org/khabar/graph/test> { <urn:x> <urn:p> \"v\" } }";
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, send(req.build()).statusCode());
        assertEquals(401, send(req.copy().header("Authorization", basic("admin", "wrong")).build()).statusCode());
        int ok = send(req.copy().header("Authorization", basic("admin", PASSWORD)).build()).statusCode();
        assertTrue(ok == 200 || ok == 204, "admin update status " + ok);
        HttpResponse<String> g = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph="
                + URLEncoder.encode("https://w3id.org/khabar/graph/test", StandardCharsets.UTF_8))).header("Accept", "application/n-triples").GET().build());
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("urn:x"));
    }

    @Test
    void anonymousGraphStoreWritesAre401ButReadsAreOpen() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(401, put.statusCode());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph="
                + URLEncoder.encode("https://w3id.org/khabar/graph/actors", StandardCharsets.UTF_8))).header("Accept", "text/turtle").GET().build());
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("Vladimir Putin"));
    }

    @Test
    void withoutAPasswordThereIsNoUpdateEndpoint() throws Exception {
        try (KhabarServer readOnly = KhabarServer.builder().dataset(store.dataset()).port(0).start()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(readOnly.baseUrl() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, "status " + r.statusCode());
            assertFalse(readOnly.writable());
            assertTrue(store.size() > 0);
        }
    }

    @Test
    void aSlowQueryIsCutAtTheTimeBound() throws Exception {
        // a triple cross product counted: billions of rows to visit before the one answer row
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + q))
                .header("Accept", "application/sparql-results+json").GET().build());
        // an unbounded run would answer 200 with the count (after hours); the bound answers 503
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void resultRowsAreBounded() {
        List<QuerySolution> rows = new ArrayList<>();
        QueryRunner.remote(server.queryUrl(), 30_000).select(org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o }"),
                rs -> rs.forEachRemaining(rows::add));
        assertEquals(50, rows.size());
        List<QuerySolution> few = new ArrayList<>();
        QueryRunner.remote(server.queryUrl(), 30_000).select(org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 7"),
                rs -> rs.forEachRemaining(few::add));
        assertEquals(7, few.size());
    }
}
