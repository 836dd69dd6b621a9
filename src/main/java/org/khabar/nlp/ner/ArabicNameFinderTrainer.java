package org.khabar.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;
import org.khabar.nlp.Token;

/**
 * Trains and evaluates OpenNLP's maximum-entropy name finder for Arabic, with a feature set suited to a
 * language of clitics and no capitals: token and token-class windows plus prefixes and suffixes (which carry
 * و ب ل and the article), see {@code ar-features.xml}.
 */
public final class ArabicNameFinderTrainer {
    public static final String FEATURES = "/org/khabar/ner/ar-features.xml";

    private ArabicNameFinderTrainer() {}

    public static TokenNameFinderModel train(ObjectStream<NameSample> samples, int iterations, int cutoff) throws IOException {
        return train(samples, iterations, cutoff, "MAXENT", DEFAULT_BEAM);
    }

    /**
     * Beam width the model decodes with, kept in its manifest. Greedy decoding (1) tags 1.5 times as many tokens
     * per second as OpenNLP's default (3) and loses about 0.003 F1 on the test split; the name finder is the largest cost of extraction.
     */
    public static final int DEFAULT_BEAM = 1;

    /**
     * @param algorithm an OpenNLP trainer name: MAXENT (GIS) or PERCEPTRON
     * @param beam the beam width stored in the model for decoding
     */
    public static TokenNameFinderModel train(ObjectStream<NameSample> samples, int iterations, int cutoff, String algorithm, int beam) throws IOException {
        byte[] features;
        try (InputStream in = ArabicNameFinderTrainer.class.getResourceAsStream(FEATURES)) {
            features = in.readAllBytes();
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, new HashMap<>(), new BioCodec());
        return NameFinderME.train("ar", null, samples, params, factory);
    }

    /** How often a stem must occur in the training data to count as common ({@code ar-common-words.txt}). */
    public static final int COMMON_MIN = 3;

    /**
     * How often each stem (proclitics split off as the name finder's features split them) occurs in the samples, and
     * which stems stand inside a name there: what both shipped word lists are made from, in one pass.
     */
    public record StemCounts(Map<String, Integer> counts, java.util.Set<String> inNames) {
        /**
         * The stems seen at least {@link #COMMON_MIN} times: the list {@code ar-common-words.txt} ships, which the
         * features read to tell a word new to the model (as most names in new text are) from a common one.
         */
        public SortedSet<String> common() {
            SortedSet<String> out = new TreeSet<>();
            counts.forEach((w, n) -> { if (n >= COMMON_MIN) out.add(w); });
            return out;
        }

        /**
         * The common stems that never stand inside a name: «الإجراءات», «أول», «تم». The list {@code ar-plain-words.txt}
         * ships; a name read after a title stops before one of them.
         */
        public SortedSet<String> plain() {
            SortedSet<String> out = common();
            out.removeAll(inNames);
            return out;
        }
    }

    /** Counts the stems of the samples ({@link StemCounts}). */
    public static StemCounts countStems(ObjectStream<NameSample> samples) throws IOException {
        ArabicContextFeatures features = (ArabicContextFeatures) new ArabicContextFeaturesFactory().create();
        Map<String, Integer> counts = new HashMap<>();
        java.util.Set<String> inNames = new java.util.HashSet<>();
        for (NameSample s; (s = samples.read()) != null; ) {
            String[] tokens = s.getSentence();
            boolean[] named = new boolean[tokens.length];
            for (opennlp.tools.util.Span n : s.getNames()) for (int i = n.getStart(); i < n.getEnd(); i++) named[i] = true;
            for (int i = 0; i < tokens.length; i++) {
                Token stem = features.stem(tokens[i]);
                if (stem == null) continue;
                counts.merge(stem.form(), 1, Integer::sum);
                if (named[i]) inNames.add(stem.form());
            }
        }
        return new StemCounts(counts, inNames);
    }

    /** The common stems of the samples ({@link StemCounts#common()}). */
    public static SortedSet<String> commonWords(ObjectStream<NameSample> samples) throws IOException {
        return countStems(samples).common();
    }

    /** The plain stems of the samples ({@link StemCounts#plain()}). */
    public static SortedSet<String> plainWords(ObjectStream<NameSample> samples) throws IOException {
        return countStems(samples).plain();
    }

    /** Span-level precision, recall and F1 per type and overall (“all”), exact boundaries and type. */
    public record Scores(Map<String, double[]> byType) {
        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-6s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold"));
            byType.forEach((t, c) -> sb.append(String.format("%-6s %7.4f %7.4f %7.4f %7d%n", t, p(c), r(c), f(c), (long) c[2])));
            return sb.toString();
        }
        public double f1(String type) { return f(byType.get(type)); }
        static double p(double[] c) { return c[1] == 0 ? 0 : c[0] / c[1]; }
        static double r(double[] c) { return c[2] == 0 ? 0 : c[0] / c[2]; }
        static double f(double[] c) { double p = p(c), r = r(c); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /**
     * Evaluates on the samples with OpenNLP's {@link TokenNameFinderEvaluator} (exact span and type), once for each
     * type, for “core” (PERS, LOC and ORG together, the issue's target) and for “all” (MISC too): each pass sees only
     * the gold names and the found names of its types.
     */
    public static Scores evaluate(TokenNameFinderModel model, ObjectStream<NameSample> samples) throws IOException {
        List<NameSample> all = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        for (NameSample s; (s = samples.read()) != null; ) {
            all.add(s);
            for (Span n : s.getNames()) types.add(n.getType());
        }
        Map<String, Set<String>> passes = new TreeMap<>();
        for (String t : types) passes.put(t, Set.of(t));
        Set<String> core = new TreeSet<>(types);
        core.remove("misc");
        passes.put("core", core);
        passes.put("all", types);
        NameFinderME finder = new NameFinderME(model);
        Map<String, double[]> counts = new TreeMap<>(); // correct, predicted, gold
        for (Map.Entry<String, Set<String>> pass : passes.entrySet()) {
            Set<String> keep = pass.getValue();
            TokenNameFinder only = new TokenNameFinder() {
                @Override public Span[] find(String[] tokens) { return of(finder.find(tokens), keep); }
                @Override public void clearAdaptiveData() { finder.clearAdaptiveData(); }
            };
            List<NameSample> gold = new ArrayList<>();
            double goldNames = 0;
            for (NameSample s : all) {
                Span[] names = of(s.getNames(), keep);
                goldNames += names.length;
                gold.add(new NameSample(s.getSentence(), names, true));
            }
            TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(only);
            evaluator.evaluate(ObjectStreamUtils.createObjectStream(gold));
            FMeasure f = evaluator.getFMeasure();
            double correct = f.getRecallScore() * goldNames;
            double predicted = f.getPrecisionScore() == 0 ? 0 : correct / f.getPrecisionScore();
            counts.put(pass.getKey(), new double[] {correct, predicted, goldNames});
        }
        return new Scores(counts);
    }

    private static Span[] of(Span[] names, Set<String> types) {
        return java.util.Arrays.stream(names).filter(n -> types.contains(n.getType())).toArray(Span[]::new);
    }
}
