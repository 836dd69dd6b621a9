package org.khabar.read;

/** Receives what readers find: articles, and problems that skip one file or record but not the batch. */
public interface ArticleSink {
    void article(ArticleInput article);
    void problem(ReadProblem problem);
}
