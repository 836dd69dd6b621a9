package org.khabar.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.khabar.nlp.ArabicTokenizer;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * Name-finder features that Arabic needs and OpenNLP's generators do not give: the word with its proclitics
 * split off (so «ولافروف» and «لافروف» share evidence), and the class of the words around it as our own
 * lexicons see them: a title («الرئيس»), a nationality («الروسي»), a speech verb («قال»), a word of a
 * gazetteer name, a preposition. “Title or nationality just before” is how Arabic press introduces a person.
 */
public final class ArabicContextFeatures implements AdaptiveFeatureGenerator {
    private final LanguageResources res;
    private final Gazetteer gazetteer;
    private final ArabicTokenizer splitter;
    private final NameCueWords nameCues;

    public ArabicContextFeatures(LanguageResources res, Gazetteer gazetteer) {
        this.res = res;
        this.gazetteer = gazetteer;
        this.nameCues = NameCueWords.shared();
        this.splitter = ArabicTokenizer.over(res, gazetteer); // the pipeline's own clitic splitting
    }

    // the finder asks for every index of one sentence in turn: stems and classes are worked out once per sentence
    private String[] sentence;
    private Token[] stems;
    private String[] cues;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) prepare(tokens);
        Token t = stems[index];
        if (t == null) return;
        features.add("st=" + t.form());
        if (!t.clitic().isEmpty()) features.add("cl=" + t.clitic());
        features.add("c=" + cues[index]);
        features.add("pc=" + cueAt(index - 1));
        features.add("pc2=" + cueAt(index - 2) + cueAt(index - 1));
        features.add("nc=" + cueAt(index + 1));
        features.add("pcc=" + cueAt(index - 1) + cues[index]);
        features.add("cnc=" + cues[index] + cueAt(index + 1));
    }

    private void prepare(String[] tokens) {
        sentence = tokens;
        stems = new Token[tokens.length];
        cues = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            stems[i] = stem(tokens[i]);
            cues[i] = cue(stems[i]);
        }
    }

    private String cueAt(int i) {
        if (i < 0) return "B";
        return i >= cues.length ? "E" : cues[i];
    }

    /**
     * A one-letter class of a stem: Title, Nationality, Speech verb, head of an oRganisation's or a pLace's name,
     * Gazetteer word, First (given) name, Preposition, Digit or punctuation, Other, Unusual (rare in the training data), or X for
     * no stem.
     */
    String cue(Token stem) {
        if (stem == null) return "X";
        String form = stem.form();
        if (res.isTitle(form) || res.isTitleHead(form)) return "T";
        if (res.nationality(form) != null) return "N";
        if (res.speechVerb(form) != null) return "S";
        char named = nameCues.classOf(form);
        if (named == 'R' || named == 'L') return String.valueOf(named);
        if (gazetteer.isNameWord(form)) return "G";
        if (named == 'F') return "F";
        if (res.isPreposition(form) || res.isStopword(form)) return "P";
        if (!form.isEmpty() && !Character.isLetter(form.codePointAt(0))) return "D";
        return nameCues.isCommon(form) ? "O" : "U";
    }

    /** The token with its proclitics split off, or null for one that folds to nothing. */
    Token stem(String token) {
        List<Token> parts = splitter.tokenize(token, 0, token.length());
        return parts.isEmpty() ? null : parts.get(parts.size() - 1);
    }

}
