package org.khabar.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides the language of a text with OpenNLP's language detector and the model Apache OpenNLP releases
 * ({@code langdetect-183.bin}, 103 languages, from {@code opennlp-models-langdetect}). Persian and Urdu are told
 * from Arabic although they share its script, and French from English, so an article in a language Khabar does
 * not read is skipped rather than run through the wrong rules.
 */
public final class LanguageGate {
    /** The model's ISO 639-3 codes of the languages Khabar reads, and the codes Khabar uses for them. */
    private static final Map<String, String> SUPPORTED = Map.of("ara", "ar", "eng", "en");

    /**
     * Characters of the text the detector reads. Its cost grows with the length (1.9 ms for a whole article,
     * 0.4 ms for 600 characters, here), and on every corpus article 300 characters already decide rightly.
     */
    static final int SAMPLE = 600;

    /** Fewer letters than this say too little to decide. */
    static final int MIN_LETTERS = 20;

    /** How far down the detector's ranking a language named by the article's own label may stand and still be taken. */
    static final int LABEL_RANK = 3;

    /**
     * What the detector found: {@code lang} is “ar” or “en”, or the model's ISO 639-3 code for another language,
     * or “und” when the text has too few letters; {@code ranked} is the model's ranking, best first.
     */
    public record Detection(String lang, List<String> ranked) {
        public boolean supported() { return SUPPORTED.containsValue(lang); }

        /** Whether a label of the article (“ar”, “en”) is plausible for a text too short to decide on its own. */
        public boolean admits(String label) {
            for (int i = 0; i < Math.min(LABEL_RANK, ranked.size()); i++) {
                if (label.equals(SUPPORTED.get(ranked.get(i)))) return true;
            }
            return false;
        }
    }

    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            // loaded by its .bin name: every OpenNLP model jar also holds a model.properties at its root
            try (InputStream in = LanguageGate.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) throw new IllegalStateException("missing OpenNLP model langdetect-183.bin (opennlp-models-langdetect)");
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load langdetect-183.bin", e);
            }
        }
    }

    // the model is shared (read-only); a detector per gate, and a gate per extractor thread
    private final LanguageDetector detector = new LanguageDetectorME(Model.INSTANCE);

    public Detection detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (letters(sample) < MIN_LETTERS) return new Detection("und", List.of());
        Language[] ranked = detector.predictLanguages(sample);
        List<String> codes = Arrays.stream(ranked).map(Language::getLang).toList();
        String best = codes.get(0);
        return new Detection(SUPPORTED.getOrDefault(best, best), codes);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
