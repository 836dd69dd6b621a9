package org.khabar.rdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.khabar.doc.ArticleMeta;
import org.khabar.doc.Document;
import org.khabar.extract.Actor;
import org.khabar.extract.ActorKind;
import org.khabar.extract.DateValue;
import org.khabar.extract.Event;
import org.khabar.extract.Evidence;
import org.khabar.extract.Meeting;
import org.khabar.extract.Mention;
import org.khabar.extract.Role;
import org.khabar.extract.Statement;
import org.khabar.vocab.KH;
import org.khabar.vocab.KHR;
import org.khabar.vocab.SCHEMA;

/**
 * The one place where extraction records become RDF. Pushes quads to a {@link StreamRDF}: everything read
 * from the article into its graph {@code khg:article/{id}}, actor and place descriptions into {@code khg:actors}.
 * Offsets are converted from UTF-16 to code points here, at the boundary.
 */
public final class RdfMapper {
    private static final Node ACTORS = NodeFactory.createURI(KHR.ACTORS_GRAPH);

    private RdfMapper() {}

    /** Emits the quads of one document (no start/finish: the caller owns the stream). */
    public static void map(Document doc, StreamRDF out) {
        new Emitter(doc, out).emit();
    }

    private static final class Emitter {
        private final Document doc;
        private final StreamRDF out;
        private final Node graph, article;
        private final String lang;
        private final Map<Integer, Integer> statementsAt = new HashMap<>(); // anchor -> statements made there so far

        Emitter(Document doc, StreamRDF out) {
            this.doc = doc;
            this.out = out;
            this.graph = NodeFactory.createURI(KHR.articleGraph(doc.id()));
            this.article = NodeFactory.createURI(KHR.article(doc.id()));
            this.lang = doc.lang();
        }

        void emit() {
            article();
            Set<Actor> mentioned = new LinkedHashSet<>();
            for (List<Mention> ms : doc.mentions()) for (Mention m : ms) mentioned.add(m.actor());
            for (Statement s : doc.statements()) { mentioned.add(s.speaker()); if (s.addressee() != null) mentioned.add(s.addressee()); }
            for (Meeting m : doc.meetings()) { mentioned.addAll(m.participants()); if (m.place() != null) mentioned.add(m.place()); }
            for (Event e : doc.events()) { mentioned.addAll(e.participants()); if (e.place() != null) mentioned.add(e.place()); }
            for (Role r : doc.roles()) { mentioned.add(r.person()); if (r.of() != null) mentioned.add(r.of()); }
            for (Actor a : mentioned) {
                add(article, KH.mentions.asNode(), actorNode(a));
                describe(a);
            }
            for (Statement s : doc.statements()) statement(s);
            for (Meeting m : doc.meetings()) meeting(m);
            for (Event e : doc.events()) event(e);
            for (Role r : doc.roles()) role(r);
        }

        private void article() {
            ArticleMeta m = doc.meta();
            add(article, RDF.type.asNode(), KH.Article.asNode());
            add(article, DCTerms.language.asNode(), NodeFactory.createLiteralString(lang));
            add(article, KH.text.asNode(), text(doc.text()));
            if (m.title() != null) add(article, SCHEMA.headline, text(m.title()));
            if (m.published() != null) add(article, SCHEMA.datePublished, NodeFactory.createLiteralDT(m.published(), XSDDatatype.XSDdate));
            if (m.publisher() != null) add(article, SCHEMA.publisher, NodeFactory.createLiteralString(m.publisher()));
            if (m.agency() != null) add(article, SCHEMA.sourceOrganization, NodeFactory.createLiteralString(m.agency()));
            if (m.url() != null && isAbsoluteIri(m.url())) add(article, SCHEMA.url, NodeFactory.createURI(m.url()));
        }

        private void statement(Statement s) {
            int anchor = cp(s.evidence().anchor());
            Node st = NodeFactory.createURI(KHR.statement(doc.id(), anchor, statementsAt.merge(anchor, 1, Integer::sum)));
            add(st, RDF.type.asNode(), KH.Statement.asNode());
            add(st, KH.speaker.asNode(), actorNode(s.speaker()));
            if (s.addressee() != null) add(st, KH.addressee.asNode(), actorNode(s.addressee()));
            add(st, KH.statementType.asNode(), KH.term(s.type()).asNode());
            for (String t : s.topics()) add(st, KH.topic.asNode(), NodeFactory.createURI(KHR.topic(t)));
            if (s.quote() != null) add(st, KH.quote.asNode(), text(s.quote()));
            if (s.content() != null) add(st, KH.content.asNode(), text(s.content()));
            date(st, s.date());
            provenance(st, s.evidence(), s.confidence());
        }

        private void meeting(Meeting m) {
            Node n = NodeFactory.createURI(KHR.event(doc.id(), "meeting", cp(m.evidence().anchor())));
            add(n, RDF.type.asNode(), KH.Meeting.asNode());
            add(n, KH.eventType.asNode(), KH.term("MeetingEvent").asNode());
            for (Actor a : m.participants()) add(n, KH.participant.asNode(), actorNode(a));
            if (m.place() != null) add(n, KH.place.asNode(), actorNode(m.place()));
            for (String t : m.topics()) add(n, KH.topic.asNode(), NodeFactory.createURI(KHR.topic(t)));
            date(n, m.date());
            provenance(n, m.evidence(), m.confidence());
        }

        private void event(Event e) {
            Node n = NodeFactory.createURI(KHR.event(doc.id(), "event", cp(e.evidence().anchor())));
            add(n, RDF.type.asNode(), KH.Event.asNode());
            add(n, KH.eventType.asNode(), KH.term(e.type()).asNode());
            for (Actor a : e.participants()) add(n, KH.participant.asNode(), actorNode(a));
            if (e.place() != null) add(n, KH.place.asNode(), actorNode(e.place()));
            date(n, e.date());
            provenance(n, e.evidence(), e.confidence());
        }

        private void role(Role r) {
            Node n = NodeFactory.createURI(KHR.role(r.person().key(), doc.id(), cp(r.evidence().anchor())));
            add(actorNode(r.person()), KH.role.asNode(), n);
            add(n, RDF.type.asNode(), KH.Role.asNode());
            add(n, KH.roleTitle.asNode(), NodeFactory.createLiteralLang(r.title(), r.titleLang()));
            if (r.of() != null) add(n, KH.roleOf.asNode(), actorNode(r.of()));
            add(n, KH.source.asNode(), article);
            add(n, KH.evidence.asNode(), text(doc.covered(r.evidence().sentenceStart(), r.evidence().sentenceEnd())));
            add(n, KH.charStart.asNode(), integer(cp(r.evidence().sentenceStart())));
            add(n, KH.charEnd.asNode(), integer(cp(r.evidence().sentenceEnd())));
        }

        /**
         * Two decimals in canonical form (“0.9”, “1.0”, never “0.90”). TDB2 stores a decimal as its value and gives
         * it back canonical; a quad written as “0.90” could then be found but not deleted, and a re-ingested article
         * kept its old confidences.
         */
        static String decimal(double v) {
            java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return (d.scale() <= 0 ? d.setScale(1) : d).toPlainString();
        }

        private void provenance(Node n, Evidence ev, double confidence) {
            add(n, KH.source.asNode(), article);
            add(n, KH.evidence.asNode(), text(doc.covered(ev.sentenceStart(), ev.sentenceEnd())));
            add(n, KH.charStart.asNode(), integer(cp(ev.sentenceStart())));
            add(n, KH.charEnd.asNode(), integer(cp(ev.sentenceEnd())));
            add(n, KH.confidence.asNode(), NodeFactory.createLiteralDT(decimal(confidence), XSDDatatype.XSDdecimal));
        }

        private void date(Node n, DateValue d) {
            if (d == null) return;
            XSDDatatype dt = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            add(n, KH.date.asNode(), NodeFactory.createLiteralDT(d.lexical(), dt));
        }

        /** Actor and place descriptions, shared by all articles, in {@code khg:actors}. */
        private void describe(Actor a) {
            Node n = actorNode(a);
            out.quad(Quad.create(ACTORS, n, RDF.type.asNode(), classOf(a.kind())));
            if (a.labelEn() != null) out.quad(Quad.create(ACTORS, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(a.labelEn(), "en")));
            if (a.labelAr() != null) out.quad(Quad.create(ACTORS, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(a.labelAr(), "ar")));
            if (a.wikidata() != null) out.quad(Quad.create(ACTORS, n, OWL.sameAs.asNode(), NodeFactory.createURI(KHR.wikidata(a.wikidata()))));
        }

        private static Node classOf(ActorKind k) {
            return switch (k) {
                case Person -> KH.Person.asNode();
                case Organization -> KH.Organization.asNode();
                case Country -> KH.Country.asNode();
                case Place -> KH.Place.asNode();
            };
        }

        private static Node actorNode(Actor a) {
            return NodeFactory.createURI(a.kind() == ActorKind.Place ? KHR.place(a.key()) : KHR.actor(a.key()));
        }

        private Node text(String s) { return NodeFactory.createLiteralLang(s, lang); }

        private static Node integer(int v) { return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger); }

        private int cp(int utf16) { return doc.text().codePointCount(0, utf16); }

        private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

        private static boolean isAbsoluteIri(String s) {
            return (s.startsWith("http://") || s.startsWith("https://")) && !s.contains(" ") && !s.contains("\"") && !s.contains("<") && !s.contains(">");
        }
    }
}
