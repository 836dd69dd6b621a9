package org.khabar.read;

import org.khabar.doc.ArticleMeta;

/** An article as read from a file, before cleaning: its metadata and raw text. */
public record ArticleInput(ArticleMeta meta, String text) {}
