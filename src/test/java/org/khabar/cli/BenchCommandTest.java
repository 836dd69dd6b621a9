package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code khabar bench} runs every row on a small scaled corpus and writes them as JSON. Its figures are not judged
 * (speed is measured, not asserted); what is checked is that each row measured real work.
 */
class BenchCommandTest {
    @TempDir Path tmp;

    @Test
    void benchWritesEveryRowAsJson() throws Exception {
        Path json = tmp.resolve("bench.json");
        // 4,000 quads or so in all: the comparison with tdb2.tdbloader then runs on the first 1,000 of them
        assertEquals(0, Khabar.execute("bench", "--articles", "24", "--sample", "4", "--warmup-seconds", "0", "--incremental", "6",
                "--query-runs", "2", "--compare-quads", "1000", "--json", json.toString(), "--work", tmp.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(24, root.path("corpus").path("articles").asInt());
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : root.path("rows")) rows.put(r.path("what").asText().replaceAll(",.*|\\s*\\(.*", ""), r);
        assertTrue(rows.containsKey("extract ar"), rows.keySet().toString());
        JsonNode spool = rows.get("bulk: extract + spool N-Quads");
        assertEquals(24, spool.path("articles").asInt());
        assertTrue(spool.path("quads").asLong() > 1000);
        assertEquals(spool.path("quads").asLong(), rows.get("bulk: TDB2 parallel loader + text index").path("quads").asLong());
        JsonNode compare = rows.get("bulk path vs tdb2.tdbloader");
        assertEquals(1000, compare.path("quads").asLong());
        assertTrue(compare.path("ratio").asDouble() > 0);
        // the store the queries ran on holds the seeds' calls for a ceasefire (Guterres)
        assertTrue(rows.get("query calls-for topic=ceasefire").path("rows").asLong() > 0);
        assertEquals(6, rows.get("incremental ingest").path("articles").asInt());
        assertTrue(rows.get("memory: bulk extract + spool").path("rssMiB").asLong() > 0);
        assertTrue(rows.containsKey("memory: queries: first pages") && rows.containsKey("memory: queries: every row"), rows.keySet().toString());
    }
}
