package org.khabar.doc;

import java.util.Objects;

/**
 * What is known of an article besides its text. {@code published} is an ISO date (yyyy-MM-dd) or null;
 * {@code lang} is a BCP 47 tag or null before detection; {@code origin} says where it was read (file, line).
 */
public record ArticleMeta(String id, String lang, String title, String published, String publisher,
                          String agency, String url, String origin) {
    public ArticleMeta {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    }

    public ArticleMeta withLang(String l) { return new ArticleMeta(id, l, title, published, publisher, agency, url, origin); }
    public ArticleMeta withByline(String date, String pub, String ag) {
        return new ArticleMeta(id, lang, title, published != null ? published : date,
                publisher != null ? publisher : pub, agency != null ? agency : ag, url, origin);
    }
}
