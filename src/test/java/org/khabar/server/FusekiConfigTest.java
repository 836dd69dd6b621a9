package org.khabar.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.ingest.Ingester;
import org.khabar.ingest.StoreSink;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;
import org.khabar.rdf.Ontology;
import org.khabar.store.KhabarStore;

/** A stock Fuseki started from exactly fuseki-config/khabar.ttl serves a Khabar store to the canned queries. */
class FusekiConfigTest {
    @TempDir Path tmp;

    @Test
    void stockFusekiServesTheStoreFromTheShippedConfig() throws Exception {
        Path db = tmp.resolve("khabar-data");
        try (KhabarStore s = KhabarStore.open(db)) {
            s.installOntology(Ontology.termsAndTopics());
            Ingester.builder().extractor(TestArticles.extractor()).sink(new StoreSink(s)).build()
                    .run(TestArticles.writeSeeds(Files.createDirectory(tmp.resolve("in"))));
        }
        // the shipped file, with its relative store location resolved against the temporary folder
        String config = Files.readString(Path.of("fuseki-config/khabar.ttl"), StandardCharsets.UTF_8)
                .replace("tdb2:location \"khabar-data\"", "tdb2:location \"" + db.toAbsolutePath() + "\"")
                .replace("<file:khabar-data/text-index>", "<" + db.resolve(KhabarStore.TEXT_INDEX).toUri() + ">");
        Path conf = tmp.resolve("khabar.ttl");
        Files.writeString(conf, config, StandardCharsets.UTF_8);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).parseConfigFile(conf.toString()).build().start();
        try {
            String url = "http://localhost:" + server.getHttpPort() + "/khabar/sparql";
            List<QuerySolution> rows = new ArrayList<>();
            QueryRunner.remote(url, 30_000).select(QueryRunner.bind(CannedQuery.named("calls-for"), Map.of("topic", "ceasefire")),
                    rs -> rs.forEachRemaining(rows::add));
            assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").asLiteral().getLexicalForm().equals("António Guterres")), rows.toString());
            // the full-text index is configured too: the Arabic search of quotes-about answers
            List<QuerySolution> quotes = new ArrayList<>();
            QueryRunner.remote(url, 30_000).select(QueryRunner.bind(CannedQuery.named("quotes-about"), Map.of("text", "الحوار")),
                    rs -> rs.forEachRemaining(quotes::add));
            assertTrue(quotes.size() >= 3, quotes.toString());
        } finally {
            server.stop();
        }
    }
}
