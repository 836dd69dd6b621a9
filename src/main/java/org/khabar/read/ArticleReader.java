package org.khabar.read;

import java.nio.file.Path;

/** Reads the articles of one file of one format and pushes them to a sink. */
public interface ArticleReader {
    void read(Path file, ArticleSink sink);
}
