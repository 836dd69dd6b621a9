package org.khabar.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query file with a comment header ({@code # Question:}, {@code # Parameters:}, {@code # Columns:}).
 * A parameter {@code p} is the variable {@code ?pParam} of the query, bound as a literal by the runner.
 */
public record CannedQuery(String name, String text, String question, Set<String> parameters, List<String> columns) {
    /** The canned queries shipped in {@code queries/}. */
    public static final List<String> NAMES = List.of("calls-for", "statements", "meetings", "events", "actors", "quotes-about");
    private static final Pattern PARAM = Pattern.compile("\\?(\\w+)Param\\b");

    /** Loads a shipped query by name; null when there is none. */
    public static CannedQuery named(String name) {
        if (!NAMES.contains(name)) return null;
        try (InputStream in = CannedQuery.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
            if (in == null) return null;
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CannedQuery parse(String name, String text) {
        String question = "", cols = "";
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String l = line.substring(1).strip();
            if (l.startsWith("Question:")) question = l.substring(9).strip();
            if (l.startsWith("Columns:")) cols = l.substring(8).strip();
        }
        Set<String> params = new LinkedHashSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) params.add(m.group(1));
        List<String> columns = new ArrayList<>();
        for (String c : cols.split(",")) if (!c.isBlank()) columns.add(c.strip());
        return new CannedQuery(name, text, question, params, columns);
    }
}
