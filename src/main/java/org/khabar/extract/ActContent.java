package org.khabar.extract;

import java.util.List;
import java.util.Set;
import org.khabar.doc.Document;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.SpeechAct;
import org.khabar.nlp.Token;

/** What a speech act says and to whom: its addressee, where its content starts, and the type its content gives it. */
final class ActContent {
    private static final int SUBJECT_WINDOW = 12;
    private static final int MARKER_WINDOW = 12;
    private static final int CONTENT_OPENING = 32;
    /** Content markers that judge (criticise, accuse) wherever they stand in a quotation's first sentence. */
    private static final Set<String> JUDGING = Set.of("Criticism", "Accusation", "Denial");

    private final LanguageResources res;

    ActContent(LanguageResources res) { this.res = res; }

    /** The addressee after the verb (a person, or the first actor after «لـ» or a verb of telling), and where the content starts. */
    void findAddresseeAndContent(List<Token> toks, List<Mention> ms, Draft d) {
        int k = Math.max(d.end, d.speakerEnd);
        while (k < toks.size() && Sentences.isComma(toks.get(k))) k++;
        if (k < toks.size()) {
            Token t = toks.get(k);
            boolean toward = t.clitic().endsWith("\u0644");
            if (toward || d.lex.addresseeObject()) {
                for (int j = k; j < toks.size() && j - k < SUBJECT_WINDOW; ) {
                    Mention m = Sentences.mentionAt(ms, j);
                    if (m != null) {
                        boolean person = m.actor().kind() == ActorKind.Person;
                        if ((person || j == k) && m.agent() != null && m.agent() != d.speaker) {
                            d.addressee = m.agent();
                            k = m.tokenEnd();
                            break;
                        }
                        j = m.tokenEnd();
                        continue;
                    }
                    if (!res.isTitle(toks.get(j).form()) && res.nationality(toks.get(j).form()) == null) break;
                    j++;
                }
            }
        }
        d.contentStart = k;
        // «أبلغ المعلم دي ميستورا تمسك النظام بالمبادرة»: told someone something, the thing told right after them
        if (d.addressee != null && d.lex.addresseeObject() && k < toks.size() && Sentences.isArabicWord(toks.get(k))
                && !res.isComplementizer(toks.get(k).form()) && !res.isPreposition(toks.get(k).form()) && !res.isStopword(toks.get(k).form())) return;
        // the content opens with a complementizer, a colon or a quotation mark close after the verb and its speaker
        for (int j = k; j < toks.size() && j < k + CONTENT_OPENING; j++) {
            String f = toks.get(j).form();
            // another act's verb first: what follows is its content («… إلى تأسيس مجموعة، مؤكدًا أن …»); not one in a
            // relative clause about the speaker («نفى فابيوس الذي اعتبر من المتشددين … أن»)
            SpeechAct other = j > k ? res.speechVerb(f) : null;
            if (other != null && !other.bareNoun() && !other.possessive() && !res.isRelativePronoun(toks.get(j - 1).form())) break;
            // a straight quote opens the content only right after the verb or speaker; later it may be a closing one
            boolean opens = f.equals("\u00AB") || f.equals("\u201C") || (f.equals("\"") && j <= k + 1);
            // «لصحيفة «ميليت» نشرت أمس إن «…»»: a short quotation with a complementizer after it names a paper
            if (opens && isName(toks, j, k + CONTENT_OPENING)) continue;
            if (res.isComplementizer(f) || f.equals(":") || opens) {
                d.contentStart = res.isComplementizer(f) || f.equals(":") ? j + 1 : j;
                break;
            }
        }
    }

    /** A quotation at {@code open} that closes within three words, with a complementizer after it before {@code limit}. */
    private boolean isName(List<Token> toks, int open, int limit) {
        int close = -1;
        for (int j = open + 1; j < toks.size() && j <= open + 4; j++) {
            String f = toks.get(j).form();
            if (Quotations.isClosingMark(f)) { close = j; break; }
        }
        if (close < 0) return false;
        for (int j = close + 1; j < toks.size() && j < limit; j++) if (res.isComplementizer(toks.get(j).form())) return true;
        return false;
    }

    /** A generic statement whose content opens with a marker («على ضرورة», «يجب») is the marker's act. */
    void retypeByContent(List<Token> toks, Draft d) {
        if (!d.type.equals("Claim") && !d.type.equals("Announcement")) return;
        // a quotation before its verb («“…,” she said») is read from its start
        int from = d.contentStart < d.start ? d.contentStart : Math.max(d.end, d.contentStart - 2);
        boolean said = false;
        for (int j = from; j < toks.size() && j < d.contentStart + MARKER_WINDOW; j++) {
            // “said that the two nations were still rivals but that we must …”: a second clause is another point
            if (said && res.isComplementizer(toks.get(j).form())) break;
            said |= j >= d.contentStart && Character.isLetter(toks.get(j).form().codePointAt(0)) && !res.isComplementizer(toks.get(j).form());
            // two-word markers first: «غير مقبولة» (unacceptable) criticises, «مقبولة» alone does not
            String t = j + 1 < toks.size() ? res.contentMarker(toks.get(j).form() + " " + toks.get(j + 1).form()) : null;
            if (t == null) t = res.contentMarker(toks.get(j).form());
            // after a preposition inside the content the marker is something talked about («توافق حول ضرورة
            // استقرار البلد»), not the act; a preposition that opens the content or a clause governs it («أكد على
            // ضرورة», «شدد X، في تصريحات لقناة، على ضرورة»)
            // («تم الاتفاق على «ضرورة تدعيم …»»: a quotation mark between changes nothing)
            int p = j - 1;
            while (p > from && Quotations.isAnyQuoteMark(toks.get(p).form())) p--;
            if (t != null && p > d.contentStart && p > from && res.isPreposition(toks.get(p).form())
                    && !Sentences.isComma(toks.get(p - 1))) continue;
            if (t != null && res.isClauseMarker(toks.get(j).form()) && !(j == d.contentStart && clauseFollows(toks, j + 1))) continue;
            if (t != null) { d.type = t; return; }
        }
        // the speaker's own words judge anywhere in their first sentence: «“Russia is forcibly trying to move borders
        // inside Europe, and this is unacceptable“» criticises, «”… is under barbaric bombing …“» accuses;
        // «لم يكن للجيش الروسي علاقة به» (the army had nothing to do with it) denies
        if (!quotationAt(toks, d.contentStart)) return;
        for (int j = d.contentStart + MARKER_WINDOW; j < toks.size(); j++) {
            String f = toks.get(j).form();
            if (f.equals(".") || Quotations.isClosingMark(f)) return;
            String t = res.contentMarker(f);
            if (t != null && JUDGING.contains(t) && !res.isPreposition(toks.get(j - 1).form())) { d.type = t; return; }
        }
    }

    /**
     * «نقل التلفزيون عن المعلم قوله إن «سوريا تدعم أي جهود …»», “The Chancellor stressed that Germany supports Ukraine”:
     * content that opens with the speaker's own country or body (the speaker, or what their role is of) and a verb of
     * support is the speaker's support; said of another side («إيران تدعم …») it stays what it was.
     */
    void retypeOwnSupport(Document doc, List<Token> toks, List<Mention> ms, Draft d) {
        if (!d.type.equals("Claim") || d.contentStart < d.start) return;
        int k = d.contentStart;
        while (k < toks.size() && (Quotations.isAnyQuoteMark(toks.get(k).form()) || res.isComplementizer(toks.get(k).form()))) k++;
        Mention m = k < toks.size() ? Sentences.mentionAt(ms, k) : null;
        if (m == null || m.agent() == null || m.tokenEnd() >= toks.size() || !res.isOwnSupportVerb(toks.get(m.tokenEnd()).form())) return;
        Actor side = m.agent();
        if (side.equals(d.speaker) || doc.roles().stream().anyMatch(r -> r.person().equals(d.speaker) && side.equals(r.of()))) d.type = "Support";
    }

    /** Content that is a quotation: it opens with, or right after, a quotation mark. */
    private static boolean quotationAt(List<Token> toks, int at) {
        return at < toks.size() && (Quotations.isAnyQuoteMark(toks.get(at).form()) || at > 0 && Quotations.isAnyQuoteMark(toks.get(at - 1).form()));
    }

    private boolean clauseFollows(List<Token> toks, int from) {
        for (int j = from; j < toks.size() && j < from + 5; j++) if (res.isComplementizer(toks.get(j).form())) return true;
        return false;
    }

    /**
     * The first date of the sentence outside what the act reports: «قال X أمس إن …» is dated yesterday, while the
     * date inside «إن البيان الصادر في 30 يونيو 2012 …» is the reported thing's. Null when every date is reported.
     */
    DateValue ownDate(List<DateResolver.Found> found, int sentenceStart, List<Token> toks, Draft d, int limit, java.time.LocalDate published) {
        int from, to;
        // («“… adopted on July 16, 1990,” he said.»: a quotation before a verb with nothing after it is what it says)
        if (d.contentStart < d.start || (Turns.words(toks, d.end) == 0 && quotedBefore(toks, d.start))) { // «“…,” he said on Tuesday»
            from = d.contentStart < d.start ? charAt(toks, d.contentStart) : charAt(toks, 0);
            to = toks.get(d.start).start();
        } else { // what follows «إن»، «أن», a colon or an opening quotation; «دعا … خلال لقائه اليوم» reports nothing dated
            int open = d.end;
            while (open < limit && !opensReport(toks.get(open).form())) open++;
            // a quotation that opens the content (not the «…» around a newspaper's or a body's name)
            if (d.contentStart < open && d.contentStart > 0 && Quotations.isQuoteMark(toks.get(d.contentStart - 1).form())) open = d.contentStart;
            from = charAt(toks, open);
            to = charAt(toks, limit);
        }
        for (DateResolver.Found f : found) {
            int at = sentenceStart + f.at();
            // a day still to come when the article appeared is what was said about, not when
            if ((at < from || at >= to) && !ofNamedEncounter(toks, d.end, at) && (published == null || !f.value().after(published))) return f.value();
        }
        return null;
    }

    /**
     * A date after a meeting or event the act is about (“informed him about the main results of the trilateral
     * meeting … in Sochi on November 26”) is that meeting's, not the act's; one the act took place at or after
     * («دعا خلال لقائه أمس», “said after the talks on Monday”) dates the act too.
     */
    private boolean ofNamedEncounter(List<Token> toks, int verbEnd, int at) {
        boolean about = false;
        for (int j = verbEnd; j < toks.size() && toks.get(j).start() < at; j++) {
            String f = toks.get(j).form();
            about |= res.isTopicPreposition(f);
            String meeting = res.meetingTrigger(f);
            if (about && ((meeting != null && !meeting.equals("verb")) || res.eventTrigger(f) != null)) return true;
        }
        return false;
    }

    /**
     * Whether what comes before the verb at {@code verb} is a quotation it reports: one that closes at most two
     * words before it (“… adopted on July 16, 1990,” he said), or one the sentence opens inside of.
     */
    private static boolean quotedBefore(List<Token> toks, int verb) {
        int first = -1, last = -1;
        for (int j = 0; j < verb && j < toks.size(); j++) {
            if (!Quotations.isAnyQuoteMark(toks.get(j).form())) continue;
            if (first < 0) first = j;
            last = j;
        }
        return (last >= 0 && verb - last <= 3 && closes(toks, last)) || (first >= 0 && closes(toks, first));
    }

    /** A closing mark: » ”, or a straight one written against the word before it ({@code 1990,"}). */
    private static boolean closes(List<Token> toks, int j) {
        String f = toks.get(j).form();
        return f.equals("\u00BB") || f.equals("\u201D") || (f.equals("\"") && j > 0 && toks.get(j - 1).end() == toks.get(j).start());
    }

    private boolean opensReport(String f) {
        return res.isComplementizer(f) || f.equals(":");
    }

    private static int charAt(List<Token> toks, int i) {
        return i < toks.size() ? toks.get(i).start() : Integer.MAX_VALUE;
    }
}
