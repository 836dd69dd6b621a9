package org.khabar.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.khabar.doc.ArticleMeta;

/**
 * JSON Lines with the contract's fields {@code id, title, date, source, url, lang, text}, one article per line,
 * streamed: a corpus file is never held whole. A bad line (half-written, not JSON, no text) is reported with its
 * line number and the rest is read.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINE = 20 * 1024 * 1024;

    @Override
    public void read(Path file, ArticleSink sink) {
        try {
            if (Files.size(file) == 0) { sink.problem(new ReadProblem(file.toString(), "empty file")); return; }
        } catch (IOException e) {
            sink.problem(new ReadProblem(file.toString(), "cannot read file (" + e.getMessage() + ")"));
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            read(r, file.toString(), FileText.baseName(file), sink);
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.problem(new ReadProblem(file.toString(), "not valid UTF-8 (reading stopped at the bad bytes; earlier records were kept)"));
        } catch (IOException e) {
            sink.problem(new ReadProblem(file.toString(), "cannot read file (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads records from {@code r} (an open, strictly decoding reader); {@code where} names the source in problems,
     * {@code idPrefix} makes ids for records that lack one.
     */
    public static void read(BufferedReader r, String where, String idPrefix, ArticleSink sink) throws IOException {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            String at = where + ":" + lineNo;
            if (line.isBlank()) continue;
            if (line.length() > MAX_LINE) { sink.problem(new ReadProblem(at, "record too large")); continue; }
            if (line.indexOf('\0') >= 0) { sink.problem(new ReadProblem(at, "binary data in record")); continue; }
            parse(line, at, lineNo, idPrefix, sink);
        }
    }

    private static void parse(String line, String where, int lineNo, String idPrefix, ArticleSink sink) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(new ReadProblem(where, "not a JSON object (" + e.getOriginalMessage() + "); half-written line?"));
            return;
        }
        if (n == null || !n.isObject()) { sink.problem(new ReadProblem(where, "not a JSON object")); return; }
        String text = str(n, "text");
        if (text == null || text.isBlank()) { sink.problem(new ReadProblem(where, "record has no \"text\"")); return; }
        String id = str(n, "id");
        if (id == null || id.isBlank()) id = idPrefix + "-" + lineNo;
        String date = str(n, "date");
        sink.article(new ArticleInput(new ArticleMeta(id, str(n, "lang"), str(n, "title"),
                date == null || date.length() < 10 ? null : date.substring(0, 10), str(n, "source"), null,
                str(n, "url"), where), text));
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
