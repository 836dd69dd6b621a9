package org.khabar.ingest;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.khabar.extract.Extractor;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;
import org.khabar.read.JsonLinesReader;
import org.khabar.read.ReadProblem;
import org.khabar.store.KhabarStore;

/**
 * Live ingest over HTTP: POST JSON Lines articles (the contract's fields) and they are extracted and loaded while
 * queries run; each batch is one write transaction, so readers see an article whole or not at all. The answer is a
 * JSON summary with the problems. The server puts its admin check in front of this route.
 */
public final class IngestServlet extends HttpServlet {
    private static final long MAX_BODY = 64L * 1024 * 1024;
    private final transient Extractor extractor;
    private final transient KhabarStore store;

    public IngestServlet(Extractor extractor, KhabarStore store) {
        this.extractor = extractor;
        this.store = store;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) {
            res.sendError(413, "request body over " + MAX_BODY + " bytes: send the articles in several requests");
            return;
        }
        List<String> problems = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Ingester.Summary sum;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(req.getInputStream(), decoder))) {
            sum = Ingester.builder().extractor(extractor).sink(new StoreSink(store)).build().run(sink -> {
                try {
                    JsonLinesReader.read(body, "request", "http", new ArticleSink() {
                        @Override public void article(ArticleInput a) { sink.article(a); }
                        @Override public void problem(ReadProblem p) { problems.add(p.toString()); sink.problem(p); }
                    });
                } catch (java.nio.charset.CharacterCodingException e) {
                    problems.add("request: not valid UTF-8; records before the bad bytes were kept");
                    sink.problem(new ReadProblem("request", "not valid UTF-8"));
                } catch (IOException e) {
                    problems.add("request: " + e.getMessage());
                    sink.problem(new ReadProblem("request", e.getMessage()));
                }
            });
        }
        res.setStatus(sum.failed() > 0 && sum.articles() == 0 ? 400 : 200);
        res.setContentType("application/json; charset=utf-8");
        StringBuilder json = new StringBuilder("{");
        json.append("\"articles\":").append(sum.articles()).append(",\"statements\":").append(sum.statements())
                .append(",\"meetings\":").append(sum.meetings()).append(",\"events\":").append(sum.events())
                .append(",\"triples\":").append(sum.quads()).append(",\"failures\":").append(sum.failed())
                .append(",\"skipped\":").append(sum.skipped()).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) json.append(',');
            json.append('"').append(problems.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        res.getWriter().write(json.append("]}").toString());
    }
}
