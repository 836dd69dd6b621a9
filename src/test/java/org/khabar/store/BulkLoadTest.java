package org.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.ingest.StreamSink;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;

/** The bulk path (spool, TDB2 parallel loader, text index in one pass) gives the store the incremental path gives. */
class BulkLoadTest {
    @TempDir Path tmp;
    private Path in;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        TestArticles.copyResource("/articles/unseen-ar.jsonl", in);
        TestArticles.copyResource("/articles/kremlin-en.jsonl", in);
    }

    /** «الحوار», dialogue: in the seeds' statements. */
    private static final String DIALOGUE = "\u0627\u0644\u062d\u0648\u0627\u0631";

    private Ingester.Summary bulk(KhabarStore s) {
        return bulk(s, in);
    }

    private Ingester.Summary bulk(KhabarStore s, Path from) {
        try (BulkLoad load = s.bulkLoad(tmp)) {
            Ingester.Summary sum = Ingester.builder().extractor(TestArticles.extractor()).sink(new StreamSink(load.stream()))
                    .batchSize(3).build().run(List.of(from));
            assertEquals(load.spooled(), load.finish((fmt, args) -> { }));
            assertTrue(Files.size(load.spoolFile()) > 0);
            return sum;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long rows(KhabarStore s, String query, Map<String, String> params) {
        long[] n = {0};
        QueryRunner.local(s.dataset(), 60_000).select(QueryRunner.bind(CannedQuery.named(query), params),
                rs -> { while (rs.hasNext()) { rs.next(); n[0]++; } });
        return n[0];
    }

    @Test
    void bulkAndIncrementalStoresAreIsomorphicAndSearchable() {
        try (KhabarStore inc = KhabarStore.open(tmp.resolve("inc")); KhabarStore blk = KhabarStore.open(tmp.resolve("bulk"))) {
            Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(inc)).batchSize(3).build().run(List.of(in));
            assertEquals(9, bulk(blk).articles());
            assertTrue(blk.size() > 1000);
            assertEquals(inc.size(), blk.size());
            boolean iso = Txn.calculateRead(inc.dataset(), () -> Txn.calculateRead(blk.dataset(),
                    () -> IsoMatcher.isomorphic(inc.dataset(), blk.dataset())));
            assertTrue(iso, "bulk load differs from incremental ingest");
            // the text index was built by the bulk pass: full-text search finds what it finds incrementally
            for (String text : List.of("security", DIALOGUE)) {
                long expected = rows(inc, "quotes-about", Map.of("text", text));
                assertTrue(expected > 0, text);
                assertEquals(expected, rows(blk, "quotes-about", Map.of("text", text)), text);
            }
            assertFalse(Files.exists(tmp.resolve("bulk").resolve("quads.nq")));
        }
    }

    @Test
    void bulkLoadingAnArticleAgainReplacesItsGraphAndItsTextEntries() throws Exception {
        // one article id, first with the text of one seed, then with the text of the other
        Path file = Files.createDirectory(tmp.resolve("one")).resolve("article.txt");
        Files.writeString(file, TestArticles.seed(TestArticles.SEED_000).text());
        try (KhabarStore again = KhabarStore.open(tmp.resolve("again")); KhabarStore fresh = KhabarStore.open(tmp.resolve("fresh"))) {
            bulk(again, file.getParent());
            long firstText = rows(again, "quotes-about", Map.of("text", DIALOGUE));
            assertTrue(firstText > 0);
            Files.writeString(file, TestArticles.seed(TestArticles.SEED_002).text());
            bulk(again, file.getParent());
            bulk(fresh, file.getParent());
            String graph = org.khabar.vocab.KHR.articleGraph("article");
            assertTrue(fresh.size(graph) > 100);
            assertEquals(fresh.size(graph), again.size(graph), "the second load appended to the article's graph");
            assertEquals(rows(fresh, "quotes-about", Map.of("text", DIALOGUE)), rows(again, "quotes-about", Map.of("text", DIALOGUE)),
                    "text entries of the replaced graph are left in the index");
        }
    }

    @Test
    void anUnfinishedBulkLoadLeavesTheStoreAndNoSpoolBehind() throws Exception {
        try (KhabarStore s = KhabarStore.open(tmp.resolve("abandoned"))) {
            long before = s.size();
            Path spool;
            try (BulkLoad load = s.bulkLoad(tmp)) {
                Ingester.builder().extractor(TestArticles.extractor()).sink(new StreamSink(load.stream())).build().run(List.of(in));
                spool = load.spoolFile();
                assertTrue(load.spooled() > 0);
            }
            assertEquals(before, s.size());
            assertFalse(Files.exists(spool));
        }
    }
}
