package org.khabar.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.khabar.nlp.Token;

/**
 * The Arabic name finder's maxent model, decoded greedily (the beam of 1 its manifest asks for) over the features of
 * {@code ar-features.xml} with each word's share of the score worked out once. OpenNLP's {@code NameFinderME} builds
 * some twenty feature strings per token and looks each one up in the model, which was most of the time Khabar spent on
 * an Arabic article. Here what depends on one word alone (its form, prefixes, suffixes, stem, clitic and class, and the
 * same word seen as the previous or next one) is summed into score vectors the first time the word is met; tagging a
 * token then adds a dozen short vectors. Outcomes and probabilities are those of {@code NameFinderME} with the same
 * model, up to the rounding of a different order of addition.
 *
 * <p>The features are written out here, so {@link #create} first compares them with the model's own feature
 * generators on a probe sentence and declines a model whose features differ (one retrained with another descriptor).
 * Not thread-safe, like {@code NameFinderME}: one per pipeline worker, over a shared model.
 */
public final class GreedyNameFinder implements TokenNameFinder {
    /** Words whose scores are kept; past this the cache starts again, so memory stays flat over any corpus. */
    private static final int MAX_WORDS = 50_000;
    /** Cue letters of {@link ArabicContextFeatures}, and B/E for before and after the sentence. */
    private static final String CUES = "TNSRLGFPDOUXBE";
    private static final int BEFORE = CUES.indexOf('B'), AFTER = CUES.indexOf('E');
    /** Longest prefix and suffix of a token taken as a feature, as in {@code ar-features.xml}. */
    private static final int AFFIX = 4;

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final int other;
    private final boolean[][] follows; // follows[previous][next], previous == outcomes.length at the sentence start
    private final BioCodec codec = new BioCodec();
    private final ArabicContextFeatures arabic;

    private final double[] always, begin;
    private final double[][] previousOutcome, secondOutcome, previousMap;
    private final double[][] previousCue = new double[CUES.length()][], nextCue = new double[CUES.length()][];
    // pairs of classes: the two words before (pc2), the word before and this one (pcc), this one and the next (cnc)
    private final double[][][] previousPair = new double[CUES.length()][CUES.length()][];
    private final double[][][] previousAndSelf = new double[CUES.length()][CUES.length()][];
    private final double[][][] selfAndNext = new double[CUES.length()][CUES.length()][];
    private final Map<String, Context[]> shapeAfter = new HashMap<>();
    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, Integer> adaptive = new HashMap<>(); // token -> outcome in earlier sentences
    // the last sentence's outcomes join the adaptive data only when another sentence comes before a clear:
    // a reader that clears after every sentence, as Khabar's does, never pays for them
    private String[] pendingTokens;
    private int[] pendingOutcomes;

    /** A word's own share of the score, and what it lends to its neighbours. */
    private record Word(double[] self, double[] asPrevious, double[] asNext, int cue, boolean stemmed,
            Context[] afterOutcome, Context[] shapeAfterOutcome) {}

    private GreedyNameFinder(TokenNameFinderModel model, ArabicContextFeatures arabic) {
        this.arabic = arabic;
        AbstractModel maxent = model.getArtifact("nameFinder.model");
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> map = (Map<String, Context>) data[1];
        this.pmap = map;
        this.outcomes = (String[]) data[2];
        this.other = Arrays.asList(outcomes).indexOf(BioCodec.OTHER);
        SequenceValidator<String> validator = codec.createSequenceValidator();
        this.follows = new boolean[outcomes.length + 1][outcomes.length];
        for (int p = 0; p <= outcomes.length; p++) {
            String[] before = p == outcomes.length ? new String[0] : new String[] {outcomes[p]};
            for (int o = 0; o < outcomes.length; o++) follows[p][o] = validator.validSequence(before.length, null, before, outcomes[o]);
        }
        always = vector(List.of("def"));
        begin = vector(List.of("S=begin"));
        previousOutcome = new double[outcomes.length][];
        secondOutcome = new double[outcomes.length][];
        previousMap = new double[outcomes.length + 1][];
        for (int o = 0; o <= outcomes.length; o++) {
            String name = o == outcomes.length ? null : outcomes[o];
            previousMap[o] = vector(List.of("pd=" + name));
            if (name == null) continue;
            previousOutcome[o] = vector(List.of("po=" + name));
            secondOutcome[o] = vector(List.of("ppo=" + name));
        }
    }

    /**
     * A greedy finder for this model, or null when the model's features are not the ones written out here, or it is
     * not a maxent model with BIO outcomes.
     */
    public static GreedyNameFinder create(TokenNameFinderModel model, ArabicContextFeatures arabic) {
        if (!(model.getArtifact("nameFinder.model") instanceof AbstractModel)
                || !(model.getFactory().createSequenceCodec() instanceof BioCodec)) return null;
        GreedyNameFinder finder = new GreedyNameFinder(model, arabic);
        return finder.sameFeatures(model.getFactory().createContextGenerator(), PROBE) ? finder : null;
    }

    /** A sentence of the jar's resources whose tokens show every feature of the descriptor. */
    private static final String[] PROBE = probe();

    private static String[] probe() {
        try (var in = GreedyNameFinder.class.getResourceAsStream("/org/khabar/ner/ar-features-probe.txt")) {
            if (in == null) throw new IllegalStateException("ar-features-probe.txt is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow().strip().split(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this finder's features at every token of {@code tokens} are those of {@code generator}. */
    boolean sameFeatures(NameContextGenerator generator, String[] tokens) {
        String[] preds = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) preds[i] = outcomes[(i * 7 + 3) % outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] theirs = generator.getContext(i, tokens, Arrays.copyOf(preds, i), null);
            String[] ours = context(tokens, i, Arrays.copyOf(preds, i)).toArray(String[]::new);
            Arrays.sort(theirs);
            Arrays.sort(ours);
            if (!Arrays.equals(theirs, ours)) return false;
        }
        return true;
    }

    /** The feature strings of token {@code i}, as the descriptor's generators make them; the decoder sums the same. */
    List<String> context(String[] tokens, int i, String[] preds) {
        List<String> f = new ArrayList<>(own(tokens[i], arabic.stem(tokens[i])));
        f.add("def");
        Integer seen = adaptive().get(tokens[i]);
        f.add("pd=" + (seen == null ? null : outcomes[seen]));
        if (i > 0) f.add("p1" + word(tokens[i - 1]));
        if (i + 1 < tokens.length) f.add("n1" + word(tokens[i + 1]));
        if (i == 0) f.add("S=begin");
        if (arabic.stem(tokens[i]) != null) {
            String pc = cueAt(tokens, i - 1);
            f.add("pc=" + pc);
            f.add("pc2=" + cueAt(tokens, i - 2) + pc);
            f.add("nc=" + cueAt(tokens, i + 1));
            String c = cueAt(tokens, i);
            f.add("pcc=" + pc + c);
            f.add("cnc=" + c + cueAt(tokens, i + 1));
        }
        String po = i > 0 ? preds[i - 1] : BioCodec.OTHER, ppo = i > 1 ? preds[i - 2] : BioCodec.OTHER;
        f.add("po=" + po);
        f.add("pow=" + po + "," + tokens[i]);
        f.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
        f.add("ppo=" + ppo);
        return f;
    }

    private String cueAt(String[] tokens, int i) {
        if (i < 0) return "B";
        return i >= tokens.length ? "E" : arabic.cue(arabic.stem(tokens[i]));
    }

    private static String word(String token) {
        return "w=" + StringUtil.toLowerCase(token);
    }

    /** The features of a token that depend on it alone: form, four prefixes and suffixes, stem, clitic, class. */
    private List<String> own(String token, Token stem) {
        List<String> f = new ArrayList<>();
        f.add(word(token));
        for (int k = 1; k <= Math.min(AFFIX, token.length()); k++) f.add("pre=" + token.substring(0, k));
        for (int k = 1; k <= Math.min(AFFIX, token.length()); k++) f.add("suf=" + token.substring(token.length() - k));
        if (stem != null) {
            f.add("st=" + stem.form());
            if (!stem.clitic().isEmpty()) f.add("cl=" + stem.clitic());
            f.add("c=" + arabic.cue(stem));
        }
        return f;
    }

    @Override
    public Span[] find(String[] tokens) {
        int len = tokens.length;
        Word[] w = new Word[len];
        for (int i = 0; i < len; i++) w[i] = lookup(tokens[i]);
        int[] chosen = new int[len];
        double[] probs = new double[len];
        double[] score = new double[outcomes.length];
        Map<String, Integer> seenBefore = adaptive();
        for (int i = 0; i < len; i++) {
            int po = i > 0 ? chosen[i - 1] : other, ppo = i > 1 ? chosen[i - 2] : other;
            Arrays.fill(score, 0); // OpenNLP's uniform prior adds the same to every outcome
            add(score, always);
            Integer seen = seenBefore.isEmpty() ? null : seenBefore.get(tokens[i]);
            add(score, previousMap[seen == null ? outcomes.length : seen]);
            add(score, w[i].self);
            if (i > 0) add(score, w[i - 1].asPrevious);
            if (i + 1 < len) add(score, w[i + 1].asNext);
            if (i == 0) add(score, begin);
            if (w[i].stemmed) {
                int pc = i > 0 ? w[i - 1].cue : BEFORE, pc2 = i > 1 ? w[i - 2].cue : BEFORE;
                int nc = i + 1 < len ? w[i + 1].cue : AFTER;
                add(score, cueVector(previousCue, pc, "pc=" + CUES.charAt(pc)));
                add(score, cueVector(nextCue, nc, "nc=" + CUES.charAt(nc)));
                add(score, pairVector(previousPair, "pc2=", pc2, pc));
                add(score, pairVector(previousAndSelf, "pcc=", pc, w[i].cue));
                add(score, pairVector(selfAndNext, "cnc=", w[i].cue, nc));
            }
            add(score, previousOutcome[po]);
            add(score, secondOutcome[ppo]);
            add(score, w[i].afterOutcome[po]);
            add(score, w[i].shapeAfterOutcome[po]);
            int best = -1;
            boolean[] allowed = follows[i > 0 ? chosen[i - 1] : outcomes.length];
            for (int o = 0; o < score.length; o++) {
                if (allowed[o] && (best < 0 || score[o] > score[best])) best = o;
            }
            chosen[i] = best;
            // a probability is only read for the tokens of a name (a span's is the mean of its tokens')
            if (best != other) {
                double normal = 0;
                for (double v : score) normal += StrictMath.exp(v - score[best]);
                probs[i] = 1 / normal;
            }
        }
        pendingTokens = tokens;
        pendingOutcomes = chosen;
        String[] names = new String[len];
        for (int i = 0; i < len; i++) names[i] = outcomes[chosen[i]];
        Span[] spans = codec.decode(Arrays.asList(names));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) p += probs[i];
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        adaptive.clear();
        pendingTokens = null;
    }

    /** Each token of the sentences since the last clear with the outcome it was last given. */
    private Map<String, Integer> adaptive() {
        if (pendingTokens != null) {
            for (int i = 0; i < pendingTokens.length; i++) adaptive.put(pendingTokens[i], pendingOutcomes[i]);
            pendingTokens = null;
        }
        return adaptive;
    }

    private Word lookup(String token) {
        Word w = words.get(token);
        if (w != null) return w;
        if (words.size() >= MAX_WORDS) words.clear();
        Token stem = arabic.stem(token);
        String lower = word(token);
        Context[] after = new Context[outcomes.length];
        Context[] shape = shapeAfter.computeIfAbsent(FeatureGeneratorUtil.tokenFeature(token), f -> {
            Context[] c = new Context[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) c[o] = pmap.get("powf=" + outcomes[o] + "," + f);
            return c;
        });
        for (int o = 0; o < outcomes.length; o++) after[o] = pmap.get("pow=" + outcomes[o] + "," + token);
        w = new Word(vector(own(token, stem)), vector(List.of("p1" + lower)), vector(List.of("n1" + lower)),
                CUES.indexOf(arabic.cue(stem)), stem != null, after, shape);
        words.put(token, w);
        return w;
    }

    private double[] cueVector(double[][] table, int cue, String feature) {
        double[] v = table[cue];
        return v != null ? v : (table[cue] = vector(List.of(feature)));
    }

    private double[] pairVector(double[][][] table, String name, int first, int second) {
        double[] v = table[first][second];
        return v != null ? v : (table[first][second] = vector(List.of(name + CUES.charAt(first) + CUES.charAt(second))));
    }

    /** The summed weights of some features, one per outcome; null when the model knows none of them. */
    private double[] vector(List<String> features) {
        double[] v = null;
        for (String f : features) {
            Context c = pmap.get(f);
            if (c == null) continue;
            if (v == null) v = new double[outcomes.length];
            add(v, c);
        }
        return v;
    }

    private static void add(double[] score, double[] v) {
        if (v == null) return;
        for (int o = 0; o < v.length; o++) score[o] += v[o];
    }

    private static void add(double[] score, Context c) {
        if (c == null) return;
        int[] out = c.getOutcomes();
        double[] par = c.getParameters();
        for (int k = 0; k < out.length; k++) score[out[k]] += par[k];
    }
}
