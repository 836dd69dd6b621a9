package org.khabar.read;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.khabar.doc.ArticleMeta;

/**
 * An HTML page, parsed with jsoup: the main text from {@code <article>}, else {@code <main>}, else the body,
 * without scripts, styles, navigation, headers, footers and asides; one line per block element. Headline,
 * date, language and canonical URL come from the page's metadata where it has them.
 */
public final class HtmlReader implements ArticleReader {
    private static final String BLOCKS = "p,div,h1,h2,h3,h4,h5,h6,li,blockquote,section,article,br,tr,figcaption,pre";

    @Override
    public void read(Path file, ArticleSink sink) {
        String html;
        try {
            html = FileText.read(file, FileText.MAX_BYTES);
        } catch (FileText.Unreadable e) {
            sink.problem(new ReadProblem(file.toString(), e.getMessage()));
            return;
        }
        Document page = Jsoup.parse(html);
        page.select("script,style,noscript,nav,header,footer,aside,form,iframe,svg,template").remove();
        Element root = page.selectFirst("article");
        if (root == null) root = page.selectFirst("main");
        if (root == null) root = page.body();
        String text = blockText(root).strip();
        if (text.isEmpty()) { sink.problem(new ReadProblem(file.toString(), "HTML page has no main text")); return; }
        String title = meta(page, "meta[property=og:title]");
        if (title == null) { Element h1 = page.selectFirst("h1"); title = h1 != null ? h1.text() : page.title(); }
        String date = meta(page, "meta[property=article:published_time]");
        if (date == null) { Element t = page.selectFirst("time[datetime]"); date = t != null ? t.attr("datetime") : null; }
        String lang = page.selectFirst("html") != null ? page.selectFirst("html").attr("lang") : "";
        String url = meta(page, "link[rel=canonical]");
        sink.article(new ArticleInput(new ArticleMeta(FileText.baseName(file), lang.isBlank() ? null : lang.split("-")[0],
                title == null || title.isBlank() ? null : title.strip(),
                date != null && date.length() >= 10 ? date.substring(0, 10) : null,
                meta(page, "meta[property=og:site_name]"), null, url, file.toString()), text));
    }

    private static String meta(Document page, String css) {
        Element e = page.selectFirst(css);
        if (e == null) return null;
        String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
        return v.isBlank() ? null : v.strip();
    }

    /** Text with a line break after each block element, so sentences and paragraphs keep their bounds. */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text());
                else if (node instanceof Element e && e.normalName().equals("br")) sb.append('\n');
            }
            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e && e.is(BLOCKS) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
            }
        }, root);
        return sb.toString();
    }
}
