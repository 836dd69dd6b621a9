package org.khabar.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans an article's text before any offset is counted: NFC, one line ending, no page furniture (lines that
 * equal or start with a boilerplate entry: empty bylines, “join the conversation”, “most read”), no lines of
 * lone punctuation, no line repeated straight after itself (image captions), at most one blank line in a row.
 */
public final class TextCleaner {
    private final List<String> boilerplate;

    public TextCleaner(List<String> boilerplate) {
        this.boilerplate = List.copyOf(boilerplate);
    }

    public String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace("\u2028", "\n").replace("\u2029", "\n");
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String line : text.split("\n", -1)) {
            String t = line.strip().replaceAll("[ \\t\\u200F\\u200E]+", " ");
            if (t.isEmpty()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
                continue;
            }
            if (isPunctuationOnly(t) || isBoilerplate(t) || t.equals(previous)) continue;
            out.add(t);
            previous = t;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return String.join("\n", out);
    }

    private boolean isBoilerplate(String line) {
        String rest = line;
        // a byline made only of furniture labels («نشر في: آخر تحديث:») is dropped whole
        boolean matched = true;
        while (matched && !rest.isEmpty()) {
            matched = false;
            for (String b : boilerplate) {
                if (rest.startsWith(b)) {
                    if (rest.length() == b.length() || b.endsWith(":") || rest.startsWith(b + " ")) {
                        rest = rest.substring(b.length()).strip();
                        matched = true;
                    }
                }
            }
            if (matched && !rest.isEmpty() && !startsWithAny(rest)) return false;
        }
        return rest.isEmpty() && !line.isEmpty();
    }

    private boolean startsWithAny(String s) {
        for (String b : boilerplate) if (s.startsWith(b)) return true;
        return false;
    }

    private static boolean isPunctuationOnly(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
