package org.khabar.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;

/** The greedy finder against OpenNLP's own NameFinderME, over the shipped model and the whole test split. */
class GreedyNameFinderTest {
    static TokenNameFinderModel model;
    static ArabicContextFeatures features;
    static List<String[]> sentences = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        try (var in = GreedyNameFinderTest.class.getResourceAsStream("/org/khabar/ner/ar-ner.bin")) {
            model = new TokenNameFinderModel(in);
        }
        LanguageResources ar = LanguageResources.load("ar");
        features = new ArabicContextFeatures(ar, Gazetteer.load(ar.proclitics()));
        try (ConllNameSampleStream test = new ConllNameSampleStream(
                () -> GreedyNameFinderTest.class.getResourceAsStream("/ner/cleananercorp-test.conll"))) {
            for (NameSample s = test.read(); s != null; s = test.read()) sentences.add(s.getSentence());
        }
    }

    @Test
    void featuresAreTheModelsOwnOnEveryTestSentence() {
        GreedyNameFinder greedy = GreedyNameFinder.create(model, features);
        assertNotNull(greedy);
        var generator = model.getFactory().createContextGenerator();
        int checked = 0;
        for (String[] s : sentences) {
            assertTrue(greedy.sameFeatures(generator, s), () -> String.join(" ", s));
            if (++checked == 400) break;
        }
    }

    @Test
    void findsWhatNameFinderMEFindsWithTheSameProbabilities() {
        GreedyNameFinder greedy = GreedyNameFinder.create(model, features);
        NameFinderME reference = new NameFinderME(model);
        int names = 0;
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            Span[] expected = reference.find(s), found = greedy.find(s);
            assertArrayEquals(expected, found, String.join(" ", s));
            for (int i = 0; i < found.length; i++) assertEquals(expected[i].getProb(), found[i].getProb(), 1e-9);
            names += found.length;
            // adaptive data as a document reader would use it: kept for a few sentences, then cleared
            if (k % 5 == 4) { reference.clearAdaptiveData(); greedy.clearAdaptiveData(); }
        }
        assertTrue(names > 1000, "names found: " + names);
    }

    @Test
    void declinesAModelTrainedWithOtherFeatures() throws Exception {
        StringBuilder conll = new StringBuilder();
        for (int r = 0; r < 5; r++) conll.append("قال O\nالرئيس O\nفلاديمير B-PERS\nبوتين I-PERS\n\n");
        byte[] bytes = conll.toString().getBytes(StandardCharsets.UTF_8);
        TokenNameFinderModel plain;
        try (ConllNameSampleStream samples = new ConllNameSampleStream(() -> new ByteArrayInputStream(bytes))) {
            plain = opennlp.tools.namefind.NameFinderME.train("ar", null, samples,
                    opennlp.tools.util.TrainingParameters.defaultParams(),
                    new opennlp.tools.namefind.TokenNameFinderFactory());
        }
        assertNull(GreedyNameFinder.create(plain, features));
    }
}
