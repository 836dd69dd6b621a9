package org.khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.nlp.ArabicFolding;

/**
 * Finds topics in a stretch of text by their surface forms (the SKOS labels of the topic scheme), on folded
 * text, at word boundaries, allowing a leading Arabic proclitic (و ف ب ل ك) and ل + the article written لل.
 */
public final class TopicMatcher {
    private record Label(String topic, Pattern pattern) {}

    private static final String ARTICLE = "\u0627\u0644";
    /** One Arabic proclitic letter: wa, fa, bi, li, ka. */
    private static final String PROCLITIC = "[\u0648\u0641\u0628\u0644\u0643]";

    private final List<Label> labels = new ArrayList<>();

    /** @param surfaceForms topic id → its labels in any language */
    public TopicMatcher(Map<String, List<String>> surfaceForms) {
        surfaceForms.forEach((topic, forms) -> {
            for (String f : forms) {
                String folded = ArabicFolding.fold(f).strip();
                if (folded.isEmpty()) continue;
                String body = Pattern.quote(folded).replace(" ", "\\E\\s+\\Q");
                // a label that starts with the article also matches li + article written as two lams
                String alt = folded.startsWith(ARTICLE) ? "|[\\u0648\\u0641]?\\u0644\\u0644" + Pattern.quote(folded.substring(2)) : "";
                labels.add(new Label(topic, Pattern.compile(
                        "(?<![\\p{L}\\p{M}])(?:" + PROCLITIC + "{0,2}" + body + alt + ")(?![\\p{L}\\p{M}])")));
            }
        });
    }

    /** Topic ids found in {@code text}, in order of first appearance. */
    public List<String> topics(String text) {
        String folded = ArabicFolding.fold(text);
        record Hit(int at, String topic) {}
        List<Hit> hits = new ArrayList<>();
        for (Label l : labels) {
            Matcher m = l.pattern.matcher(folded);
            if (m.find()) hits.add(new Hit(m.start(), l.topic));
        }
        hits.sort((a, b) -> Integer.compare(a.at, b.at));
        Set<String> out = new LinkedHashSet<>();
        for (Hit h : hits) out.add(h.topic);
        return new ArrayList<>(out);
    }
}
