package org.khabar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-per-entry data files under {@code org/khabar/lexicon/}: '#' starts a comment line. */
public final class Lexicon {
    private static final String BASE = "/org/khabar/lexicon/";

    private Lexicon() {}

    /** Non-blank, non-comment lines of a resource, trimmed at the right only (tabs are columns). */
    public static List<String> lines(String path) {
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + path)) {
            if (in == null) throw new IllegalStateException("Missing lexicon resource " + BASE + path);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.stripTrailing();
                    if (t.isBlank() || t.stripLeading().startsWith("#")) continue;
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + path, e);
        }
    }

    /** Rows of a tab-separated resource, each padded to at least {@code columns} cells. */
    public static List<String[]> rows(String path, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(path)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < columns) {
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) padded[i] = i < cells.length ? cells[i].strip() : "";
                cells = padded;
            } else {
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            }
            out.add(cells);
        }
        return out;
    }

    /** Splits a '|'-separated cell into its non-empty parts. */
    public static List<String> alternatives(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
