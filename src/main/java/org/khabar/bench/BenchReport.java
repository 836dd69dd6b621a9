package org.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one benchmark run: printed as a table as they come, and kept for one JSON file at the end. */
public final class BenchReport {
    private final PrintStream out;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    public BenchReport(PrintStream out) {
        this.out = out;
        root.put("rows", rows);
    }

    /** A fact about the run (corpus, machine), printed as a line. */
    public void fact(String key, Object value, String line) {
        root.put(key, value);
        out.println(line);
    }

    /** One measured row: {@code what} names it, {@code values} are its figures, {@code line} is how it prints. */
    public void row(String what, Map<String, Object> values, String line) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("what", what);
        r.putAll(values);
        rows.add(r);
        out.printf("%-44s %s%n", what, line);
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    /** Linked map from alternating keys and values. */
    public static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** Value at quantile {@code q} of sorted values. */
    public static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(sorted.length * q) - 1))];
    }

    /** One decimal, for the JSON file. */
    public static double round(double v) { return Math.round(v * 10) / 10.0; }
}
