package org.khabar.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;

/** How query results are printed: an aligned text table, CSV (RFC 4180), TSV or SPARQL JSON. IRIs always in full. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat of(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (use table, csv, tsv or json)");
        }
    }

    /** Writes all rows; returns how many. */
    public long write(ResultSet rs, OutputStream out) {
        switch (this) {
            case CSV -> { return csv(rs, out); }
            case JSON -> { ResultSetFormatter.outputAsJSON(out, rs); return rs.getRowNumber(); }
            case TSV -> { return tsv(rs, out); }
            default -> { return table(rs, out); }
        }
    }

    private static String plain(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return n.asResource().getURI();
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return "_:" + n.asResource().getId().getLabelString();
    }

    private static long csv(ResultSet rs, OutputStream os) {
        PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
        List<String> vars = rs.getResultVars();
        out.print(String.join(",", vars.stream().map(ResultFormat::csvCell).toList()) + "\r\n");
        long n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.print(String.join(",", vars.stream().map(v -> csvCell(plain(s.get(v)))).toList()) + "\r\n");
            n++;
        }
        out.flush();
        return n;
    }

    private static String csvCell(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) return "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }

    private static long tsv(ResultSet rs, OutputStream os) {
        PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
        List<String> vars = rs.getResultVars();
        out.println(String.join("\t", vars));
        long n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.println(String.join("\t", vars.stream().map(v -> plain(s.get(v)).replace("\t", " ").replace("\r", " ").replace("\n", " ")).toList()));
            n++;
        }
        out.flush();
        return n;
    }

    private static long table(ResultSet rs, OutputStream os) {
        PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
        List<String> vars = rs.getResultVars();
        long n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            n++;
            out.println("-- " + n);
            for (String v : vars) {
                String val = plain(s.get(v));
                if (!val.isEmpty()) out.println(String.format("  %-16s %s", v, val.length() > 300 ? val.substring(0, 300) + "…" : val));
            }
        }
        out.println(n + (n == 1 ? " row" : " rows"));
        out.flush();
        return n;
    }
}
