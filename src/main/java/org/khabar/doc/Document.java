package org.khabar.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.extract.Event;
import org.khabar.extract.Meeting;
import org.khabar.extract.Mention;
import org.khabar.extract.Role;
import org.khabar.extract.Statement;
import org.khabar.nlp.Token;
import opennlp.tools.util.Span;

/**
 * One article: immutable cleaned text plus what the pipeline stages add over it. Every span is in UTF-16
 * offsets of {@link #text()}; the RDF mapper converts to code points at the boundary.
 */
public final class Document {
    private final ArticleMeta meta;
    private final String text;
    private final List<Span> sentences = new ArrayList<>();
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<List<Mention>> mentions = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<org.khabar.extract.Actor> focus = new ArrayList<>();

    public Document(ArticleMeta meta, String text) {
        this.meta = Objects.requireNonNull(meta);
        this.text = Objects.requireNonNull(text);
    }

    public ArticleMeta meta() { return meta; }
    public String id() { return meta.id(); }
    public String lang() { return meta.lang(); }
    public String text() { return text; }

    public List<Span> sentences() { return sentences; }
    public List<List<Token>> tokens() { return tokens; }
    /** Mentions per sentence, in text order. */
    public List<List<Mention>> mentions() { return mentions; }
    public List<Statement> statements() { return statements; }
    public List<Meeting> meetings() { return meetings; }
    public List<Event> events() { return events; }
    public List<Role> roles() { return roles; }
    /** The speaker in focus at the end of each sentence (null where none yet): for dropped subjects. */
    public List<org.khabar.extract.Actor> focus() { return focus; }

    /** The publication date, or null when unknown or not a date. */
    public java.time.LocalDate published() {
        String p = meta.published();
        if (p == null || p.length() < 10) return null;
        try { return java.time.LocalDate.parse(p.substring(0, 10)); } catch (java.time.DateTimeException e) { return null; }
    }

    public String covered(int start, int end) { return text.substring(start, end); }
    public String sentenceText(int i) { return sentences.get(i).getCoveredText(text).toString(); }
}
