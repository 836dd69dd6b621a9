package org.khabar.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.khabar.nlp.ArabicFolding;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;

/**
 * Scores one article's graph against its answer key by the rules of {@code gold/README.md}, using only what the
 * canned queries answer. The dataset must hold that one article (and the ontology).
 */
public final class Scorer {
    public static final List<String> CATEGORIES = List.of("actors", "calls", "statements", "meetings", "meeting-place", "meeting-date", "events");
    private static final double EVIDENCE_SHARE = 0.6;

    private final Map<String, Score> totals = new LinkedHashMap<>();
    private final PrintStream explain;

    public Scorer(PrintStream explain) {
        this.explain = explain;
        for (String c : CATEGORIES) totals.put(c, new Score());
    }

    public Map<String, Score> totals() { return totals; }

    private record ActorInfo(Set<String> labels, String wikidata, String type) {}

    /** Scores the article in {@code dsg} against {@code key}, adds to the totals and returns this article's scores. */
    public Map<String, Score> score(DatasetGraph dsg, AnswerKey key) {
        QueryRunner runner = QueryRunner.local(dsg, 60_000);
        Map<String, ActorInfo> actors = new LinkedHashMap<>();
        for (QuerySolution r : rows(runner, "actors", Map.of())) {
            Set<String> labels = new HashSet<>();
            for (String v : List.of("label", "labelEn", "labelAr")) if (r.get(v) != null) labels.add(fold(str(r.get(v))));
            actors.put(str(r.get("actor")), new ActorInfo(labels, r.get("wikidata") == null ? null : str(r.get("wikidata")),
                    r.get("type") == null ? "" : str(r.get("type"))));
        }
        Map<String, AnswerKey.KeyActor> keyActors = new HashMap<>();
        for (AnswerKey.KeyActor a : key.actors()) keyActors.put(a.key(), a);
        Map<String, Score> out = new LinkedHashMap<>();
        for (String c : CATEGORIES) out.put(c, new Score());
        say("== " + key.article());

        // actors: recall over required key actors, precision over every extracted actor
        Score s = out.get("actors");
        for (AnswerKey.KeyActor ka : key.actors()) {
            if (!ka.required()) continue;
            s.required++;
            if (actors.keySet().stream().anyMatch(iri -> matches(actors.get(iri), ka))) s.requiredFound++;
            else say("  missed actor " + ka.key() + " " + ka.names());
        }
        for (var e : actors.entrySet()) {
            s.extracted++;
            if (key.actors().stream().anyMatch(ka -> matches(e.getValue(), ka))) s.extractedMatching++;
            else say("  spurious actor " + e.getKey() + " " + e.getValue().labels());
        }

        // calls
        List<QuerySolution> calls = rows(runner, "calls-for", Map.of());
        score(out.get("calls"), key.calls(), calls, "call",
                (item, r) -> speakerMatches(actors, keyActors, item, str(r.get("speaker")))
                        && str(r.get("topic")).endsWith("/topic/" + item.topic()),
                r -> str(r.get("speakerLabel")) + " -> " + tail(str(r.get("topic"))) + " | " + str(r.get("evidence")));

        // statements
        List<QuerySolution> statements = rows(runner, "statements", Map.of());
        score(out.get("statements"), key.statements(), statements, "statement",
                (item, r) -> speakerMatches(actors, keyActors, item, str(r.get("speaker")))
                        && tail(str(r.get("type"))).equals(item.type())
                        && overlaps(str(r.get("evidence")), item.evidence()),
                r -> str(r.get("speakerLabel")) + " " + tail(str(r.get("type"))) + " | " + str(r.get("evidence")));

        // meetings: one item per meeting node
        Map<String, List<QuerySolution>> byMeeting = new LinkedHashMap<>();
        for (QuerySolution r : rows(runner, "meetings", Map.of())) byMeeting.computeIfAbsent(str(r.get("meeting")), k -> new ArrayList<>()).add(r);
        List<QuerySolution> meetingRows = new ArrayList<>();
        for (List<QuerySolution> rs : byMeeting.values()) meetingRows.add(rs.get(0));
        java.util.function.BiPredicate<AnswerKey.Item, QuerySolution> meetingMatch = (item, r) -> {
            List<QuerySolution> rs = byMeeting.get(str(r.get("meeting")));
            return item.participants().stream().allMatch(p -> rs.stream().anyMatch(
                    x -> x.get("participant") != null && keyActors.containsKey(p) && matches(actors.get(str(x.get("participant"))), keyActors.get(p))));
        };
        score(out.get("meetings"), key.meetings(), meetingRows, "meeting", meetingMatch,
                r -> byMeeting.get(str(r.get("meeting"))).stream().map(x -> str(x.get("participantLabel"))).toList() + " | " + str(r.get("evidence")));
        for (AnswerKey.Item m : key.meetings()) {
            if (!m.required()) continue;
            List<QuerySolution> found = meetingRows.stream().filter(r -> meetingMatch.test(m, r)).toList();
            if (m.place() != null) {
                Score p = out.get("meeting-place");
                p.required++; p.extracted++;
                boolean ok = keyActors.containsKey(m.place()) && found.stream().anyMatch(f -> f.get("place") != null
                        && matches(actors.get(str(f.get("place"))), keyActors.get(m.place())));
                if (ok) { p.requiredFound++; p.extractedMatching++; } else say("  wrong or missing place for meeting " + m.participants() + " (want " + m.place() + ")");
            }
            if (m.date() != null) {
                Score d = out.get("meeting-date");
                d.required++; d.extracted++;
                boolean ok = found.stream().anyMatch(f -> f.get("date") != null && str(f.get("date")).equals(m.date()));
                if (ok) { d.requiredFound++; d.extractedMatching++; } else say("  wrong or missing date for meeting " + m.participants() + " (want " + m.date() + ")");
            }
        }

        // events: one item per event node
        Map<String, QuerySolution> byEvent = new LinkedHashMap<>();
        for (QuerySolution r : rows(runner, "events", Map.of())) byEvent.putIfAbsent(str(r.get("event")), r);
        score(out.get("events"), key.events(), new ArrayList<>(byEvent.values()), "event",
                (item, r) -> tail(str(r.get("type"))).equals(item.type()) && overlaps(str(r.get("evidence")), item.evidence()),
                r -> tail(str(r.get("type"))) + " | " + str(r.get("evidence")));

        out.forEach((c, sc) -> totals.get(c).add(sc));
        return out;
    }

    private void score(Score s, List<AnswerKey.Item> items, List<QuerySolution> rows, String what,
                       java.util.function.BiPredicate<AnswerKey.Item, QuerySolution> match,
                       java.util.function.Function<QuerySolution, String> show) {
        for (AnswerKey.Item item : items) {
            if (!item.required()) continue;
            s.required++;
            if (rows.stream().anyMatch(r -> match.test(item, r))) s.requiredFound++;
            else say("  missed " + what + " " + describe(item));
        }
        for (QuerySolution r : rows) {
            s.extracted++;
            if (items.stream().anyMatch(i -> match.test(i, r))) s.extractedMatching++;
            else say("  spurious " + what + " " + show.apply(r));
        }
    }

    private static String describe(AnswerKey.Item i) {
        StringBuilder sb = new StringBuilder();
        if (i.speaker() != null) sb.append(i.speaker()).append(' ');
        if (i.type() != null) sb.append(i.type()).append(' ');
        if (i.topic() != null) sb.append("-> ").append(i.topic()).append(' ');
        if (!i.participants().isEmpty()) sb.append(i.participants()).append(' ');
        if (i.evidence() != null) sb.append("| ").append(i.evidence());
        return sb.toString();
    }

    private boolean speakerMatches(Map<String, ActorInfo> actors, Map<String, AnswerKey.KeyActor> keyActors, AnswerKey.Item item, String speakerIri) {
        ActorInfo info = actors.get(speakerIri);
        if (info == null) return false;
        List<String> accepted = new ArrayList<>();
        if (item.speaker() != null) accepted.add(item.speaker());
        accepted.addAll(item.altSpeakers());
        for (String k : accepted) if (keyActors.containsKey(k) && matches(info, keyActors.get(k))) return true;
        return false;
    }

    private static boolean matches(ActorInfo info, AnswerKey.KeyActor ka) {
        if (info == null) return false;
        if (ka.wikidata() != null && ka.wikidata().equals(info.wikidata())) return true;
        for (String n : ka.names()) if (info.labels().contains(fold(n))) return true;
        return false;
    }

    /** The row's evidence sentence holds at least 60% of the key evidence's words. */
    static boolean overlaps(String sentence, String keyEvidence) {
        if (keyEvidence == null) return true;
        Set<String> have = new HashSet<>(words(sentence));
        List<String> want = words(keyEvidence);
        if (want.isEmpty()) return true;
        long hit = want.stream().filter(have::contains).count();
        return hit >= EVIDENCE_SHARE * want.size();
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicFolding.fold(s).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static String fold(String s) { return ArabicFolding.fold(s).replaceAll("\\s+", " ").strip(); }

    private static List<QuerySolution> rows(QueryRunner runner, String name, Map<String, String> params) {
        List<QuerySolution> out = new ArrayList<>();
        runner.select(QueryRunner.bind(CannedQuery.named(name), params), rs -> rs.forEachRemaining(out::add));
        return out;
    }

    private static String str(RDFNode n) {
        if (n == null) return "";
        return n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String tail(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private void say(String s) { if (explain != null) explain.println(s); }
}
