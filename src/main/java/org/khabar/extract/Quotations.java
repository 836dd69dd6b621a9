package org.khabar.extract;

import java.util.List;
import org.khabar.doc.Document;
import org.khabar.nlp.Token;

/** Quotation marks and clauses over a sentence's tokens: what is quoted, where a quoted clause ends. */
final class Quotations {
    private Quotations() {}

    /** The first clause of the content: up to a sentence-final mark inside a quotation. */
    static int clauseEnd(List<Token> toks, int from) {
        for (int j = from + 1; j < toks.size(); j++) {
            String f = toks.get(j).form();
            if (f.equals(".") || f.equals("!") || f.equals("\u061F") || f.equals("?") || f.equals("\u061B") || f.equals(";")) return j;
        }
        return toks.size();
    }

    /** Words inside quotation marks from {@code from} on, joined with “ … ”; an unclosed mark runs to the end. */
    static String quote(Document doc, List<Token> toks, int from) {
        StringBuilder sb = new StringBuilder();
        // content that starts inside a quotation: its first straight mark closes it
        int open = from < toks.size() && quoted(toks)[from] && !isQuoteMark(toks.get(from).form()) ? from : -1;
        for (int j = from; j < toks.size(); j++) {
            String f = toks.get(j).form();
            boolean opening = f.equals("\u00AB") || f.equals("\u201C") || (f.equals("\"") && open < 0);
            boolean closing = f.equals("\u00BB") || f.equals("\u201D") || (f.equals("\"") && open >= 0);
            if (open < 0 && opening) open = j + 1;
            else if (open >= 0 && closing) {
                if (j > open) { if (sb.length() > 0) sb.append(" \u2026 "); sb.append(Sentences.text(doc, toks, open, j)); }
                open = -1;
            }
        }
        if (open >= 0 && open < toks.size()) { if (sb.length() > 0) sb.append(" \u2026 "); sb.append(Sentences.text(doc, toks, open, toks.size())); }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Any quotation mark, opening or closing: “ « » “ ”. */
    static boolean isAnyQuoteMark(String f) {
        return f.equals("\"") || f.equals("\u00AB") || f.equals("\u00BB") || f.equals("\u201C") || f.equals("\u201D");
    }

    /** A mark that can close a quotation: » ” or a straight quote. */
    static boolean isClosingMark(String f) {
        return f.equals("\"") || f.equals("\u00BB") || f.equals("\u201D");
    }

    static boolean isQuoteMark(String f) {
        return f.equals("\"") || f.equals("\u00AB") || f.equals("\u201C");
    }

    /** Which tokens lie inside quotation marks, or after a colon that follows a verb (direct speech). */
    static boolean[] quoted(List<Token> toks) {
        boolean[] q = new boolean[toks.size()];
        boolean in = false, afterColon = false;
        for (int j = 0; j < toks.size(); j++) {
            String f = toks.get(j).form();
            if (f.equals("\"")) { in = !in; continue; }
            if (f.equals("\u00AB") || f.equals("\u201C")) { in = true; continue; }
            if (f.equals("\u00BB") || f.equals("\u201D")) { in = false; continue; }
            if (f.equals(":") && j > 0) afterColon = true;
            q[j] = in || afterColon;
        }
        return q;
    }
}
