package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.Inputs;
import org.khabar.read.ReadProblem;

/** Reads local articles and sends them in batches of JSON Lines to a Khabar server's /ingest route. */
final class RemoteIngest {
    private static final int BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI target;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final PrintStream log;
    private final long[] totals = new long[6]; // articles statements meetings events triples failures

    RemoteIngest(String endpoint, String password, PrintStream log) {
        String base = endpoint.replaceAll("/+$", "").replaceAll("/(sparql|query|update|data|ingest)$", "");
        this.target = URI.create(base + "/ingest");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.log = log;
    }

    long[] run(List<Path> paths) {
        List<ArticleInput> batch = new ArrayList<>();
        Inputs.read(paths, new ArticleSink() {
            @Override public void article(ArticleInput a) {
                batch.add(a);
                if (batch.size() >= BATCH) send(batch);
            }
            @Override public void problem(ReadProblem p) {
                totals[5]++;
                log.println("failed " + p);
            }
        });
        send(batch);
        return totals;
    }

    private void send(List<ArticleInput> batch) {
        if (batch.isEmpty()) return;
        StringBuilder body = new StringBuilder();
        for (ArticleInput a : batch) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", a.meta().id());
            o.put("lang", a.meta().lang());
            o.put("title", a.meta().title());
            o.put("date", a.meta().published());
            o.put("source", a.meta().publisher());
            o.put("url", a.meta().url());
            o.put("text", a.text());
            body.append(o.toString()).append('\n');
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "application/x-ndjson; charset=utf-8").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 401) throw new Khabar.UserError("the server refused the admin credentials (401): set "
                    + AdminPassword.ENV + " or --password-file to the server's admin password");
            if (r.statusCode() == 404) throw new Khabar.UserError("no ingest route at " + target + " (is the server started with an admin password?)");
            JsonNode n = JSON.readTree(r.body());
            String[] fields = {"articles", "statements", "meetings", "events", "triples", "failures"};
            for (int i = 0; i < fields.length; i++) totals[i] += n.path(fields[i]).asLong();
            for (JsonNode p : n.path("problems")) log.println("failed " + p.asText());
        } catch (IOException e) {
            totals[5] += batch.size();
            log.println("failed to send " + batch.size() + " articles to " + target + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Khabar.UserError("interrupted");
        }
        batch.clear();
    }
}
