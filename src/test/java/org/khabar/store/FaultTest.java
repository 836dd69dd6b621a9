package org.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.rdf.RdfMapper;
import org.khabar.read.ArticleInput;
import org.khabar.vocab.KHR;

/** Faults: a process killed mid-ingest leaves only whole articles; a huge file is refused and the batch goes on. */
class FaultTest {
    @TempDir Path tmp;

    /** Six real articles, each written many times under new ids. */
    private Path corpus(int copies, Map<String, Long> expectedQuads) throws Exception {
        Path file = tmp.resolve("many.jsonl");
        List<ArticleInput> base = TestArticles.articles(Path.of(getClass().getResource("/articles/unseen-ar.jsonl").toURI()));
        Map<String, Long> perBase = new HashMap<>();
        for (ArticleInput a : base) {
            var dsg = DatasetGraphFactory.createTxnMem();
            RdfMapper.map(TestArticles.extract(a), StreamRDFLib.dataset(dsg));
            perBase.put(a.meta().id(), (long) dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(KHR.articleGraph(a.meta().id()))).size());
        }
        String[] lines = TestArticles.resource("/articles/unseen-ar.jsonl").strip().split("\n");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < lines.length; i++) {
                    String id = base.get(i).meta().id();
                    w.write(lines[i].replace("\"id\": \"" + id + "\"", "\"id\": \"" + id + "-c" + c + "\""));
                    w.newLine();
                    expectedQuads.put(id + "-c" + c, perBase.get(id));
                }
            }
        }
        return file;
    }

    private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile("\\b[1-9]\\d*/\\d+ articles");

    @Test
    void killedDuringIngestThenRestarted() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        Path file = corpus(200, expected);
        Path db = tmp.resolve("db");
        Process p = new ProcessBuilder(StoreTest.javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.khabar.cli.Khabar", "ingest", "--store", db.toString(), "--batch", "3", file.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // once its progress line (every 5 s) counts some articles done, kill it without warning (SIGKILL)
        Path log = tmp.resolve("child.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && p.isAlive() && !PROGRESS.matcher(Files.readString(log)).find()) Thread.sleep(100);
        assertTrue(p.isAlive(), "the ingest finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);

        try (KhabarStore s = KhabarStore.open(db)) {
            int whole = 0;
            for (var e : expected.entrySet()) {
                long n = s.size(KHR.articleGraph(e.getKey()));
                assertTrue(n == 0 || n == e.getValue(), e.getKey() + " has " + n + " quads of " + e.getValue());
                if (n > 0) whole++;
            }
            assertTrue(whole > 0 && whole < expected.size(), "loaded before the kill: " + whole + " of " + expected.size());
            // the rest can be ingested, and then everything is whole
            Ingester.Summary sum = Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(s)).build().run(List.of(file));
            assertEquals(expected.size(), sum.articles());
            for (var e : expected.entrySet()) assertEquals((long) e.getValue(), s.size(KHR.articleGraph(e.getKey())), e.getKey());
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        Path huge = in.resolve("huge.txt");
        byte[] line = "قال بوتين إن المحادثات مستمرة. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
        try (KhabarStore s = KhabarStore.open(tmp.resolve("db"))) {
            List<String> problems = new java.util.ArrayList<>();
            var log = new java.io.PrintStream(new java.io.ByteArrayOutputStream() {
                @Override public synchronized void flush() { problems.add(toString(StandardCharsets.UTF_8)); reset(); }
            }, true, StandardCharsets.UTF_8);
            Ingester.Summary sum = Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(s)).log(log).build().run(List.of(in));
            assertEquals(2, sum.articles());
            assertEquals(1, sum.failed());
            assertTrue(String.join("", problems).contains("too large"), problems.toString());
        }
    }
}
