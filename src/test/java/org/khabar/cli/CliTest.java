package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;

/** The verbs and exit codes of the contract, run in-process. */
class CliTest {
    @TempDir Path tmp;

    private String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Khabar.execute(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestQueryExportValidate() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        Files.write(in.resolve("broken.html"), new byte[] {0, 1, 2});
        String db = tmp.resolve("db").toString();
        String summary = run(1, "ingest", "--store", db, in.toString());
        assertTrue(summary.contains("2 articles") && summary.contains("1 failures"), summary);
        String csv = run(0, "query", "calls-for", "--store", db, "--param", "topic=ceasefire", "--format", "csv");
        assertTrue(csv.contains("António Guterres"), csv);
        String tsv = run(0, "query", "meetings", "--store", db, "--format", "tsv");
        assertTrue(tsv.startsWith("meeting\tparticipant\tparticipantLabel\tplace"), tsv);
        Path out = tmp.resolve("all.nq");
        run(0, "export", "--store", db, "--format", "nq", "-o", out.toString());
        assertTrue(Files.size(out) > 10_000);
        assertTrue(run(0, "validate", "--store", db).contains("conforms"));
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        String db = tmp.resolve("db").toString();
        run(2, "query", "no-such-query", "--store", db);
        run(2, "export", "--store", db, "--format", "docx");
        run(2, "frobnicate");
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE { ?s ?p ");
        Files.createDirectories(tmp.resolve("db"));
        run(2, "query", "--file", bad.toString(), "--store", db);
    }

    @Test
    void extractWritesTrigWithoutAStore() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        TestArticles.writeSeeds(in);
        Path out = tmp.resolve("x.trig");
        run(0, "extract", in.toString(), "-o", out.toString());
        String trig = Files.readString(out);
        assertTrue(trig.contains("<https://w3id.org/khabar/graph/article/000_fd1355c3401903b1>"));
        assertTrue(!Files.exists(tmp.resolve("khabar-data")));
    }
}
