package org.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;

/** Extraction on several workers gives the same graphs as on one. */
class ParallelIngestTest {
    @TempDir Path tmp;

    private KhabarStore load(String name, int threads, List<Path> inputs) {
        KhabarStore s = KhabarStore.open(tmp.resolve(name));
        Ingester.Summary sum = Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(s))
                .threads(threads).batchSize(3).build().run(inputs);
        assertEquals(9, sum.articles());
        return s;
    }

    @Test
    void parallelAndSequentialIngestAreIsomorphic() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        TestArticles.copyResource("/articles/unseen-ar.jsonl", in);
        TestArticles.copyResource("/articles/kremlin-en.jsonl", in);
        try (KhabarStore one = load("one", 1, List.of(in)); KhabarStore four = load("four", 4, List.of(in))) {
            assertTrue(one.size() > 1000);
            assertEquals(one.size(), four.size());
            boolean iso = Txn.calculateRead(one.dataset(), () -> Txn.calculateRead(four.dataset(),
                    () -> IsoMatcher.isomorphic(one.dataset(), four.dataset())));
            assertTrue(iso, "parallel ingest differs from sequential ingest");
        }
    }
}
