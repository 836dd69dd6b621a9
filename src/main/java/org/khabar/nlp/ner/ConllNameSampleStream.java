package org.khabar.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import org.khabar.nlp.ArabicFolding;

/**
 * Name samples from a two-column CoNLL file (“token TAG”, BIO tags such as B-PERS, blank line between
 * sentences), as ANERcorp/CLEANANERCorp ships. Tokens are folded as Khabar folds text, so that training and
 * tagging see the same forms. Types are lower-cased (pers, org, loc, misc). The lines come from OpenNLP's
 * {@link PlainTextByLineStream}, which opens the data afresh on each reset, as the trainers need several passes.
 */
public final class ConllNameSampleStream extends FilterObjectStream<String, NameSample> {
    public ConllNameSampleStream(InputStreamFactory source) throws IOException {
        super(new PlainTextByLineStream(source, StandardCharsets.UTF_8));
    }

    @Override
    public NameSample read() throws IOException {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line; (line = samples.read()) != null; ) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) break;
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) continue;
            String token = ArabicFolding.fold(line.substring(0, sp).strip());
            if (token.isEmpty()) continue;
            tokens.add(token);
            tags.add(line.substring(sp + 1).strip());
        }
        if (tokens.isEmpty()) return null;
        return new NameSample(tokens.toArray(new String[0]), spans(tags), true);
    }

    /** BIO tags to typed spans; an I- without its B- starts a span, as in the corpus's few such cases. */
    static Span[] spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String ty = t.length() > 2 ? t.substring(2).toLowerCase(Locale.ROOT) : null;
            boolean begins = t.startsWith("B-") || (t.startsWith("I-") && (type == null || !type.equals(ty)));
            if (type != null && (begins || t.equals("O"))) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (begins) { start = i; type = ty; }
        }
        return out.toArray(new Span[0]);
    }
}
