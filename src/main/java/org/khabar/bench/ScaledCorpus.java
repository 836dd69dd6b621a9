package org.khabar.bench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import org.khabar.doc.ArticleMeta;
import org.khabar.read.ArticleInput;
import org.khabar.read.ArticleSink;

/**
 * A corpus of any size made by replicating real articles: replica {@code k} of an article gets the id
 * {@code id-rk} and, where the article has a publication date, a date {@code k} days later, so that stores built
 * from it have distinct graphs and spread dates. Articles are made one at a time, never held all at once.
 */
public final class ScaledCorpus {
    private final List<ArticleInput> base;
    private final int size;

    public ScaledCorpus(List<ArticleInput> base, int size) {
        if (base.isEmpty()) throw new IllegalArgumentException("no articles to replicate");
        this.base = List.copyOf(base);
        this.size = size;
    }

    public int size() { return size; }
    public int distinct() { return base.size(); }

    /** Article {@code i} of the scaled corpus. */
    public ArticleInput get(int i) {
        ArticleInput a = base.get(i % base.size());
        int k = i / base.size();
        if (k == 0) return a;
        ArticleMeta m = a.meta();
        return new ArticleInput(new ArticleMeta(m.id() + "-r" + k, m.lang(), m.title(), shift(m.published(), k), m.publisher(),
                m.agency(), m.url(), m.origin()), a.text());
    }

    /** Articles {@code [from, to)} pushed to a sink, as a reader would. */
    public Consumer<ArticleSink> source(int from, int to) {
        return sink -> { for (int i = from; i < to; i++) sink.article(get(i)); };
    }

    private static String shift(String date, int days) {
        if (date == null) return null;
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).plusDays(days).toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }
}
