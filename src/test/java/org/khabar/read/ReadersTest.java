package org.khabar.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear, per-file reason and never stops the rest. */
class ReadersTest {
    @TempDir Path dir;
    private final List<ArticleInput> articles = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override public void article(ArticleInput a) { articles.add(a); }
        @Override public void problem(ReadProblem p) { problems.add(p); }
    };

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void badFilesAreReportedAndGoodOnesRead() throws IOException {
        write("a-good.txt", "قال بوتين إن المحادثات مستمرة.".getBytes(StandardCharsets.UTF_8));
        write("b-empty.txt", new byte[0]);
        write("c-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        byte[] arabic = "غوتيريش".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(arabic, arabic.length - 1); // cut inside the last letter
        write("d-truncated.txt", truncated);
        write("e-latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Inputs.read(List.of(dir), sink);
        assertEquals(1, articles.size());
        assertEquals("a-good", articles.get(0).meta().id());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("empty"));
        assertTrue(problems.get(1).message().contains("binary"));
        assertTrue(problems.get(2).message().contains("UTF-8"));
        assertTrue(problems.get(3).message().contains("UTF-8"));
    }

    @Test
    void jsonLinesKeepsGoodRecordsAroundAHalfWrittenOne() throws IOException {
        String jsonl = "{\"id\":\"x1\",\"lang\":\"ar\",\"title\":\"t\",\"date\":\"2022-02-04T10:00:00\",\"source\":\"s\",\"url\":\"https://e.org/1\",\"text\":\"نص أول\"}\n"
                + "{\"id\":\"x2\",\"text\":\"نص\n"
                + "\n"
                + "{\"id\":\"x3\",\"text\":\"نص ثالث\"}\n"
                + "{\"id\":\"x4\"}\n";
        Path p = write("batch.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        new JsonLinesReader().read(p, sink);
        assertEquals(List.of("x1", "x3"), articles.stream().map(a -> a.meta().id()).toList());
        assertEquals("2022-02-04", articles.get(0).meta().published());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).where().endsWith(":2"), problems.get(0).where());
        assertTrue(problems.get(1).message().contains("text"));
    }

    @Test
    void htmlMainTextWithoutFurniture() throws IOException {
        String html = "<html lang=\"ar\"><head><title>عنوان</title><meta property=\"article:published_time\" content=\"2022-04-26T10:00:00Z\">"
                + "<script>var x = 1;</script></head><body><nav>القائمة</nav><article><h1>غوتيريش في موسكو</h1>"
                + "<p>قال غوتيريش إن الحوار ضروري.</p><div><p>وأضاف أن وقف إطلاق النار مطلوب.</p></div></article>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
        Path p = write("page.html", html.getBytes(StandardCharsets.UTF_8));
        new HtmlReader().read(p, sink);
        ArticleInput a = articles.get(0);
        assertEquals("غوتيريش في موسكو\nقال غوتيريش إن الحوار ضروري.\nوأضاف أن وقف إطلاق النار مطلوب.", a.text().strip());
        assertEquals("2022-04-26", a.meta().published());
        assertEquals("ar", a.meta().lang());
    }

    @Test
    void deeplyNestedHtmlIsRead() throws IOException {
        String html = "<div>".repeat(5000) + "<p>قال بوتين إن المحادثات مستمرة.</p>" + "</div>".repeat(5000);
        Path p = write("deep.html", html.getBytes(StandardCharsets.UTF_8));
        new HtmlReader().read(p, sink);
        assertTrue(articles.get(0).text().contains("قال بوتين"), articles.toString());
    }

    @Test
    void unknownExtensionsAndMissingPathsAreReported() throws IOException {
        Path p = write("notes.docx", new byte[] {1, 2, 3});
        Inputs.read(List.of(p, dir.resolve("missing.txt")), sink);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().contains("unsupported"));
        assertTrue(problems.get(1).message().contains("no such file"));
    }
}
