package org.khabar.eval;

import java.util.Locale;

/** Counts of one category: required key items found, extracted items, extracted items that match some key item. */
public final class Score {
    long requiredFound, required, extractedMatching, extracted;

    public void add(Score o) {
        requiredFound += o.requiredFound; required += o.required;
        extractedMatching += o.extractedMatching; extracted += o.extracted;
    }

    public double recall() { return required == 0 ? Double.NaN : (double) requiredFound / required; }
    public double precision() { return extracted == 0 ? Double.NaN : (double) extractedMatching / extracted; }
    public double f1() {
        double p = precision(), r = recall();
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) return Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : 0;
        return 2 * p * r / (p + r);
    }

    public String row(String name) {
        return String.format(Locale.ROOT, "%-14s %6s %6s %6s   found %d/%d required, %d/%d extracted match",
                name, fmt(precision()), fmt(recall()), fmt(f1()), requiredFound, required, extractedMatching, extracted);
    }

    private static String fmt(double d) { return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d); }
}
