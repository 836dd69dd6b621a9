package org.khabar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.cli.Khabar;
import org.khabar.ingest.IngestServlet;
import org.khabar.query.QueryRunner;
import org.khabar.store.KhabarStore;

/** Articles added over HTTP while queries run: admin only, whole articles only, the CLI as client. */
class LiveIngestTest {
    private static final String PASSWORD = "live ingest secret";
    @TempDir Path tmp;

    private static long statementsOf(String endpoint, String articleId) {
        long[] n = {0};
        QueryRunner.remote(endpoint, 30_000).select(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/khabar/ontology#Statement> ; "
                        + "<https://w3id.org/khabar/ontology#source> <https://w3id.org/khabar/id/article/" + articleId + "> }"),
                rs -> n[0] = rs.next().getLiteral("n").getLong());
        return n[0];
    }

    @Test
    void ingestWhileReadersQuery() throws Exception {
        try (KhabarStore store = TestArticles.seedStore(tmp);
             KhabarServer server = KhabarServer.builder().dataset(store.dataset()).port(0).adminPassword(PASSWORD)
                     .writeRoute("ingest", new IngestServlet(TestArticles.extractor(), store)).start()) {
            String body = TestArticles.resource("/articles/kremlin-en.jsonl").strip() + "\n{\"id\": \"half-written\", \"text\": \"قال\n";
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ingest"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            assertEquals(401, http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());

            // readers during the ingest see the article whole or not at all
            AtomicBoolean done = new AtomicBoolean();
            Set<Long> seen = new TreeSet<>();
            Thread reader = new Thread(() -> {
                while (!done.get()) seen.add(statementsOf(server.queryUrl(), "en-kremlin-67818"));
            });
            reader.start();
            HttpResponse<String> r = http.send(post.copy().header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            done.set(true);
            reader.join();
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"articles\":1") && r.body().contains("\"failures\":1"), r.body());
            long whole = statementsOf(server.queryUrl(), "en-kremlin-67818");
            assertTrue(whole > 0);
            seen.remove(0L);
            seen.remove(whole);
            assertEquals(Set.of(), seen, "a reader saw part of an article");
        }
    }

    @Test
    void theCliSendsArticlesToTheServer() throws Exception {
        try (KhabarStore store = KhabarStore.open(tmp.resolve("db"));
             KhabarServer server = KhabarServer.builder().dataset(store.dataset()).port(0).adminPassword(PASSWORD)
                     .writeRoute("ingest", new IngestServlet(TestArticles.extractor(), store)).start()) {
            Path in = Files.createDirectory(tmp.resolve("in"));
            TestArticles.writeSeeds(in);
            Path pw = tmp.resolve("pw");
            Files.writeString(pw, PASSWORD + "\n");
            assertEquals(0, Khabar.execute("ingest", "--endpoint", server.baseUrl(), "--password-file", pw.toString(), in.toString()));
            assertTrue(statementsOf(server.queryUrl(), TestArticles.SEED_000) > 10);
            Path wrong = tmp.resolve("wrong");
            Files.writeString(wrong, "not it\n");
            assertEquals(1, Khabar.execute("ingest", "--endpoint", server.baseUrl(), "--password-file", wrong.toString(), in.toString()));
        }
    }
}
