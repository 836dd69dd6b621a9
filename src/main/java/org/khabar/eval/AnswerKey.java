package org.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One hand-made answer key (format of {@code gold/README.md}). */
public record AnswerKey(String article, String lang, List<KeyActor> actors, List<Item> calls, List<Item> statements,
                        List<Item> meetings, List<Item> events) {

    public record KeyActor(String key, String type, String wikidata, List<String> names, boolean required) {}

    /** A call, statement, meeting or event of the key; unused fields are null or empty. */
    public record Item(String speaker, List<String> altSpeakers, String type, String topic, List<String> participants,
                       String place, String date, String evidence, boolean required) {}

    public static AnswerKey read(Path file) throws IOException {
        JsonNode n = new ObjectMapper().readTree(file.toFile());
        String article = n.path("article").asText();
        int dot = article.lastIndexOf('.');
        if (dot > 0 && article.substring(dot).matches("\\.(txt|html?|jsonl)")) article = article.substring(0, dot);
        List<KeyActor> actors = new ArrayList<>();
        for (JsonNode a : n.path("actors")) {
            List<String> names = new ArrayList<>();
            if (a.hasNonNull("en")) names.add(a.get("en").asText());
            for (JsonNode x : a.path("ar")) names.add(x.asText());
            for (JsonNode x : a.path("names")) names.add(x.asText());
            actors.add(new KeyActor(a.path("key").asText(), a.path("type").asText(),
                    a.hasNonNull("wikidata") ? a.get("wikidata").asText() : null, names, a.path("required").asBoolean(false)));
        }
        return new AnswerKey(article, n.path("lang").asText(), actors, items(n.path("calls")), items(n.path("statements")),
                items(n.path("meetings")), items(n.path("events")));
    }

    private static List<Item> items(JsonNode arr) {
        List<Item> out = new ArrayList<>();
        for (JsonNode i : arr) {
            List<String> alt = new ArrayList<>();
            for (JsonNode x : i.path("alt_speakers")) alt.add(x.asText());
            List<String> parts = new ArrayList<>();
            for (JsonNode x : i.path("participants")) parts.add(x.asText());
            out.add(new Item(text(i, "speaker"), alt, text(i, "type"), text(i, "topic"), parts, text(i, "place"),
                    text(i, "date"), text(i, "evidence"), i.path("required").asBoolean(false)));
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
