package org.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.TestArticles;
import org.khabar.store.KhabarStore;

/** The contract's questions on a store built from the two seeds. */
class CannedQueriesTest {
    @TempDir static Path tmp;
    static KhabarStore store;
    static QueryRunner runner;

    @BeforeAll
    static void load() throws IOException {
        store = TestArticles.seedStore(tmp);
        runner = QueryRunner.local(store.dataset(), 30_000);
    }

    @AfterAll
    static void close() { store.close(); }

    static List<QuerySolution> rows(String name, Map<String, String> params) {
        List<QuerySolution> out = new ArrayList<>();
        runner.select(QueryRunner.bind(CannedQuery.named(name), params), rs -> rs.forEachRemaining(out::add));
        return out;
    }

    static String s(QuerySolution r, String v) {
        var n = r.get(v);
        return n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm();
    }

    @Test
    void everyQueryHasTheContractColumnsInOrder() {
        Map<String, List<String>> contract = Map.of(
                "calls-for", List.of("speaker", "speakerLabel", "topic", "topicLabel", "statement", "article", "evidence"),
                "statements", List.of("statement", "speaker", "speakerLabel", "type", "topic", "content", "article", "evidence"),
                "meetings", List.of("meeting", "participant", "participantLabel", "place", "placeLabel", "date", "article", "evidence"),
                "events", List.of("event", "type", "participant", "participantLabel", "place", "placeLabel", "date", "article", "evidence"),
                "actors", List.of("actor", "label", "type", "wikidata", "articles"),
                "quotes-about", List.of("statement", "speaker", "speakerLabel", "content", "score", "article"));
        for (var e : contract.entrySet()) {
            CannedQuery q = CannedQuery.named(e.getKey());
            List<String> vars = QueryRunner.bind(q, Map.of()).getResultVars();
            assertEquals(e.getValue(), vars.subList(0, e.getValue().size()), e.getKey());
            assertEquals(e.getValue(), q.columns().subList(0, e.getValue().size()), e.getKey() + " header");
        }
    }

    private static List<String> lines(String name, Map<String, String> params, long limit, long offset) {
        List<String> out = new ArrayList<>();
        runner.select(QueryRunner.bind(CannedQuery.named(name), params, limit, offset),
                rs -> rs.forEachRemaining(r -> out.add(rs.getResultVars().stream().map(v -> s(r, v)).toList().toString())));
        return out;
    }

    @Test
    void pagesCoverTheWholeResultOnceEach() {
        Map<String, Map<String, String>> work = Map.of("calls-for", Map.of(), "statements", Map.of(), "meetings", Map.of(),
                "events", Map.of(), "actors", Map.of(), "quotes-about", Map.of("text", "\u0627\u0644\u062D\u0648\u0627\u0631"),
                "statements ", Map.of("speaker", "Lavrov"));
        for (var e : work.entrySet()) {
            String name = e.getKey().strip();
            List<String> all = lines(name, e.getValue(), -1, 0);
            assertTrue(all.size() > 3, name + " has " + all.size() + " rows");
            List<String> paged = new ArrayList<>();
            int pages = 0;
            for (long offset = 0; ; offset += 3, pages++) {
                List<String> page = lines(name, e.getValue(), 3, offset);
                if (page.isEmpty()) break;
                paged.addAll(page);
            }
            assertTrue(pages > 1, name);
            List<String> a = new ArrayList<>(all), b = new ArrayList<>(paged);
            a.sort(null);
            b.sort(null);
            assertEquals(a, b, name + ": the pages together are the whole result");
        }
        // a page holds every row of its keys: one meeting, all its participants
        List<QuerySolution> one = new ArrayList<>();
        runner.select(QueryRunner.bind(CannedQuery.named("meetings"), Map.of(), 1, 0), rs -> rs.forEachRemaining(one::add));
        assertTrue(one.size() >= 2 && one.stream().map(r -> s(r, "meeting")).distinct().count() == 1, one.toString());
    }

    @Test
    void whoCalledForACeasefire() {
        List<QuerySolution> rs = rows("calls-for", Map.of("topic", "ceasefire"));
        assertTrue(rs.stream().anyMatch(r -> s(r, "speakerLabel").equals("António Guterres")
                && s(r, "evidence").contains("إلى وقف إطلاق النار في أوكرانيا")), rs.toString());
        assertTrue(rs.stream().allMatch(r -> s(r, "topic").endsWith("/topic/ceasefire")));
        // the same question by an Arabic label of the topic
        assertEquals(rs.size(), rows("calls-for", Map.of("topic", "وقف إطلاق النار")).size());
        assertEquals(rs.size(), rows("calls-for", Map.of("topic", "truce")).size());
    }

    @Test
    void whoMetWhomWhere() {
        List<QuerySolution> rs = rows("meetings", Map.of("actor", "Guterres"));
        Map<String, Set<String>> byMeeting = new java.util.HashMap<>();
        Map<String, String> place = new java.util.HashMap<>();
        for (QuerySolution r : rs) {
            byMeeting.computeIfAbsent(s(r, "meeting"), k -> new TreeSet<>()).add(s(r, "participantLabel"));
            place.put(s(r, "meeting"), s(r, "placeLabel"));
        }
        assertTrue(byMeeting.entrySet().stream().anyMatch(e -> e.getValue().equals(Set.of("António Guterres", "Vladimir Putin"))
                && place.get(e.getKey()).equals("Moscow")), byMeeting.toString());
        assertTrue(byMeeting.entrySet().stream().anyMatch(e -> e.getValue().equals(Set.of("António Guterres", "Sergey Lavrov"))
                && place.get(e.getKey()).equals("Moscow")), byMeeting.toString());
    }

    @Test
    void statementsBySpeakerIriQidArabicOrEnglishLabel() {
        Set<String> byIri = statementIds("https://w3id.org/khabar/id/actor/vladimir-putin");
        assertFalse(byIri.isEmpty());
        assertEquals(byIri, statementIds("Q7747"));
        assertEquals(byIri, statementIds("بوتين"));
        assertEquals(byIri, statementIds("فلاديمير بوتين"));
        assertEquals(byIri, statementIds("Putin"));
        assertEquals(byIri, statementIds("vladimir putin"));
    }

    private static Set<String> statementIds(String speaker) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution r : rows("statements", Map.of("speaker", speaker))) out.add(s(r, "statement"));
        return out;
    }

    @Test
    void statementsByType() {
        List<QuerySolution> rs = rows("statements", Map.of("type", "Denial"));
        assertFalse(rs.isEmpty());
        assertTrue(rs.stream().allMatch(r -> s(r, "type").endsWith("#Denial")));
    }

    @Test
    void injectionAttemptsReturnNothingExtra() {
        for (String evil : List.of("Putin\" } UNION { ?statement ?p ?o } #", "x') || true || ('", "بوتين\" . } ; DROP ALL ; #",
                "<https://w3id.org/khabar/id/actor/vladimir-putin>")) {
            assertTrue(rows("statements", Map.of("speaker", evil)).isEmpty(), evil);
        }
        assertTrue(rows("calls-for", Map.of("topic", "ceasefire\" || true || \"")).isEmpty());
    }

    @Test
    void unknownParameterIsAUsageError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.bind(CannedQuery.named("actors"), Map.of("speaker", "x")));
        assertTrue(e.getMessage().contains("takes none"));
    }

    @Test
    void actorsAreCountedWithTypesAndWikidata() {
        List<QuerySolution> rs = rows("actors", Map.of());
        QuerySolution putin = rs.stream().filter(r -> s(r, "label").equals("Vladimir Putin")).findFirst().orElseThrow();
        assertEquals("Person", s(putin, "type"));
        assertEquals("Q7747", s(putin, "wikidata"));
        assertEquals("2", s(putin, "articles"));
        assertTrue(rs.stream().anyMatch(r -> s(r, "label").equals("Russia") && s(r, "type").equals("Country")));
    }

    @Test
    void quotesAboutFindsArabicWithClitics() {
        List<QuerySolution> rs = rows("quotes-about", Map.of("text", "الحوار"));
        assertFalse(rs.isEmpty());
        assertTrue(rs.stream().anyMatch(r -> s(r, "speakerLabel").equals("Farhan Haq")), rs.toString());
        assertTrue(rows("quotes-about", Map.of("text", "حوار")).size() >= rs.size());
    }

    @Test
    void csvIsRfc4180WithFullIris() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.select(QueryRunner.bind(CannedQuery.named("calls-for"), Map.of("topic", "ceasefire")), rs -> ResultFormat.CSV.write(rs, out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("speaker,speakerLabel,topic,topicLabel,statement,article,evidence"), csv);
        assertTrue(csv.contains("\r\nhttps://w3id.org/khabar/id/actor/antonio-guterres,António Guterres,https://w3id.org/khabar/topic/ceasefire,"), csv);
    }
}
