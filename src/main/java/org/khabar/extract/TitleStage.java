package org.khabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.khabar.doc.Document;
import org.khabar.nlp.ArabicFolding;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Offices;
import org.khabar.nlp.Token;
import org.khabar.nlp.ner.NameCueWords;

/**
 * Titles and roles. A title chain (title words, a nationality adjective, the organisation or country it is of)
 * before a person records that person's role; before unknown words that look like a name it introduces a new
 * person; standing alone it refers back to the person who held that title earlier in the article
 * (“the Secretary-General” = Guterres once he was introduced as such).
 */
public final class TitleStage implements Stage {
    private static final int MAX_BODY = 6;

    private final Gazetteer gazetteer;
    private final LanguageResources res;
    private final Offices offices;
    private final TitleNames names;

    public TitleStage(Gazetteer gazetteer, LanguageResources res, Offices offices) {
        this.gazetteer = gazetteer;
        this.res = res;
        this.offices = offices;
        this.names = new TitleNames(gazetteer, res);
    }

    private record Chain(int start, int end, List<String> words, Actor of) {}

    @Override
    public void process(Document doc) {
        TitleHolders holders = new TitleHolders(res, offices);
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            boolean[] quoted = Quotations.quoted(toks);
            int i = 0;
            while (i < toks.size()) {
                if (!res.isTitleHead(toks.get(i).form()) || Sentences.mentionCovering(ms, i) != null) { i++; continue; }
                Chain c = chain(doc, toks, ms, i);
                int j = names.pastAbbreviations(doc.text(), toks, c.end());
                // «وقال وزراء خارجية دول الاتحاد الأوروبي»: the ministers of a body speak for it; of no body, for no one
                if (res.isCollectiveTitle(toks.get(c.start()).form())) {
                    Actor body = c.of() != null && c.of().kind() != ActorKind.Person ? c.of() : null;
                    if (body != null && c.end() > c.start()) {
                        boolean governed = Sentences.governed(toks, outerStart(toks, ms, c.start()), res);
                        ms.add(new Mention(s, c.start(), c.end(), toks.get(c.start()).start(), toks.get(c.end() - 1).end(), body, governed, null));
                    }
                    i = Math.max(j, i + 1);
                    continue;
                }
                Mention named = j < toks.size() ? Sentences.mentionAt(ms, j) : null;
                Evidence ev = new Evidence(doc.sentences().get(s).getStart(), doc.sentences().get(s).getEnd(), toks.get(i).start());
                String title = Sentences.text(doc, toks, c.start(), titleEnd(toks, c));
                if (named != null && named.actor().kind() == ActorKind.Person) {
                    doc.roles().add(new Role(named.actor(), title, doc.lang(), c.of(), ev));
                    // “«We must have agreements with President Putin,» he said”: not whom the report calls “the President”
                    // nor, for a bare title someone already holds here, is one named in a prepositional phrase (“his
                    // meeting with President Vladimir Putin” after “President Volodymyr Zelenskyy”): the office stays
                    // known to be theirs too, but “the President” next is still the first; a title that says what it is
                    // of (“with Prime Minister of the United Kingdom Boris Johnson”) names them
                    boolean aside = c.of() == null && holders.has(c.words(), c.of()) && Sentences.governed(toks, outerStart(toks, ms, c.start()), res);
                    if (!quoted[i] && !aside) holders.remember(c.words(), c.of(), named.actor());
                    else if (!quoted[i]) holders.known(c.words(), c.of(), named.actor());
                    i = named.tokenEnd();
                    continue;
                }
                int nameEnd = named == null ? names.nameEnd(doc.text(), toks, ms, j) : j;
                // «رئيس حركة النهضة، راشد الغنوشي»: the first pair names the body, the one after the comma the person
                // (not when the chain already says what the title is of: «… الليبية فائز السراج، منظمات …»)
                if (c.of() == null && nameEnd - j >= 2 && nameEnd + 1 < toks.size() && Sentences.isComma(toks.get(nameEnd))) {
                    Mention after = Sentences.mentionAt(ms, nameEnd + 1);
                    int second = after == null ? names.nameEnd(doc.text(), toks, ms, nameEnd + 1) : nameEnd + 1;
                    if ((after != null && after.actor().kind() == ActorKind.Person) || second - (nameEnd + 1) >= 2) {
                        Actor body = addBody(doc, s, j, nameEnd, true);
                        c = new Chain(c.start(), nameEnd + 1, c.words(), body);
                        j = nameEnd + 1;
                        named = after;
                        if (named != null) {
                            doc.roles().add(new Role(named.actor(), title, doc.lang(), body, ev));
                            holders.remember(c.words(), c.of(), named.actor());
                            i = named.tokenEnd();
                            continue;
                        }
                        nameEnd = second;
                    }
                }
                // «وزير الخارجية القطري خالد بن محمد العطية»: the name runs into the surname of someone already named,
                // whose full name it is
                Mention tail = named == null && nameEnd > j && doc.lang().equals("ar") ? Sentences.mentionAt(ms, nameEnd) : null;
                if (tail != null && tail.actor().kind() == ActorKind.Person && ms.remove(tail)) {
                    ms.add(new Mention(s, j, tail.tokenEnd(), toks.get(j).start(), tail.end(), tail.actor(), tail.oblique(), tail.standsFor()));
                    doc.roles().add(new Role(tail.actor(), title, doc.lang(), c.of(), ev));
                    holders.remember(c.words(), c.of(), tail.actor());
                    i = tail.tokenEnd(); continue;
                }
                // «المتحدث باسم وزارة دفاع الوفاق»: a body's name where a person's was looked for is the body the title is
                // of, which its spokesman speaks for
                if (nameEnd - j >= 2 && NameCueWords.shared().isBodyOrPlaceHead(toks.get(j).form())) {
                    int end = names.bodyEnd(toks, ms, nameEnd);
                    // («رئيسة وكالة حماية البيئة الأميركية جينا ماكارثي»: with the holder named after it, the holder speaks)
                    int after = end < toks.size() && res.nationality(toks.get(end).form()) != null ? end + 1 : end;
                    if (NameCueWords.shared().isOrganisationHead(toks.get(j).form())) addBody(doc, s, j, end, names.personOrNameAt(doc.text(), toks, ms, after));
                    i = end; continue;
                }
                if (nameEnd - j >= 2) {
                    String surface = Sentences.text(doc, toks, j, nameEnd);
                    String key = doc.lang() + "-" + Gazetteer.slug(surface);
                    Actor person = doc.lang().equals("en") ? new Actor(key, ActorKind.Person, surface, null, null)
                            : new Actor(key, ActorKind.Person, null, surface, null);
                    ms.add(new Mention(s, j, nameEnd, toks.get(j).start(), toks.get(nameEnd - 1).end(), person, false, null));
                    doc.roles().add(new Role(person, title, doc.lang(), c.of(), ev));
                    holders.remember(c.words(), c.of(), person);
                    i = nameEnd;
                    continue;
                }
                // «وقال يالجين أكدوجان نائب رئيس الوزراء التركي»: the name stands between the speech verb and the title
                int nameStart = names.nameBefore(doc.text(), toks, ms, i);
                if (nameStart >= 0) {
                    String surface = Sentences.text(doc, toks, nameStart, i);
                    Actor person = new Actor(doc.lang() + "-" + Gazetteer.slug(surface), ActorKind.Person,
                            doc.lang().equals("en") ? surface : null, doc.lang().equals("en") ? null : surface, null);
                    ms.add(new Mention(s, nameStart, i, toks.get(nameStart).start(), toks.get(i - 1).end(), person, false, null));
                    doc.roles().add(new Role(person, title, doc.lang(), c.of(), ev));
                    holders.remember(c.words(), c.of(), person);
                    i = Math.max(j, i + 1);
                    continue;
                }
                Actor soon = names.personSoonAfter(doc.text(), toks, ms, names.pastAbbreviations(doc.text(), toks, c.end()));
                Actor holder = soon != null ? soon : holders.get(c.words(), c.of());
                if (holder == null && !c.words().isEmpty())
                    holder = offices.holder(c.words(), c.of(), doc.published(), a -> namedInArticle(doc, a));
                // “the President”, of no one said: the one person the article has introduced in that office
                if (holder == null && c.of() == null && !c.words().isEmpty()) {
                    Set<Actor> known = holders.ofOffice(c.words());
                    holder = known.size() == 1 ? known.iterator().next() : lastNamed(doc, s, i, known);
                }
                if (holder != null) holders.remember(c.words(), c.of(), holder);
                if (holder != null && c.end() > c.start()) {
                    boolean governed = Sentences.governed(toks, outerStart(toks, ms, c.start()), res);
                    ms.add(new Mention(s, c.start(), c.end(), toks.get(c.start()).start(), toks.get(c.end() - 1).end(), holder, governed, null));
                }
                i = Math.max(j, i + 1);
            }
            ms.sort(Comparator.comparingInt(Mention::tokenStart));
        }
    }

    /** Title words, then at most one nationality or organisation/country it is of; commas before a name. */
    private Chain chain(Document doc, List<Token> toks, List<Mention> ms, int i) {
        List<String> words = new ArrayList<>();
        Actor of = null;
        // «the Russian President»: a nationality may stand before the title (English word order)
        Actor before = i > 0 && res.nationality(toks.get(i - 1).form()) != null ? gazetteer.country(res.nationality(toks.get(i - 1).form())) : null;
        // “the UN Secretary-General”: in English a body may stand before its title, as a nationality does
        if (before == null && i > 0 && res.lang().equals("en")) {
            Mention m = Sentences.mentionAt(ms, i - 1);
            if (m == null) m = Sentences.mentionCovering(ms, i - 1);
            if (m != null && m.tokenEnd() == i && m.actor().kind() != ActorKind.Person && m.actor().kind() != ActorKind.Place) before = m.actor();
        }
        int j = i;
        while (j < toks.size()) {
            Token t = toks.get(j);
            // «المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي»: where the office sits, then the person's name
            int at = j + (res.isLocative(t.form()) ? 1 : 0);
            Mention where = of != null && at < toks.size() ? Sentences.mentionAt(ms, at) : null;
            if (where != null && where.actor().kind() == ActorKind.Place && (at > j || Sentences.governor(toks, at, res).length() > 0)
                    && names.looksLikeName(doc.text(), toks, ms, where.tokenEnd())) {
                j = where.tokenEnd();
                break;
            }
            // «المستشار الثقافي المصري بالمملكة د. محمد عثمان الخشت»: a place the gazetteer does not know, then a person
            if (of != null && where == null && at == j && isDefinite(t) && !res.isLexiconWord(t.form())
                    && Sentences.governor(toks, j, res).length() > 0 && names.personOrNameAt(doc.text(), toks, ms, names.pastAbbreviations(doc.text(), toks, j + 1))) {
                j++;
                break;
            }
            Mention m = Sentences.mentionAt(ms, j);
            if (m != null) {
                if (of == null && m.actor().kind() != ActorKind.Person) {
                    of = m.agent() != null ? m.agent() : m.actor();
                    j = m.tokenEnd();
                    continue;
                }
                break;
            }
            if (of == null && res.isTitle(t.form())) { words.add(t.form()); j++; continue; }
            // «وزير الخارجية السويدي السابق كارل بيلت»: “former” after what the title is of
            if (of != null && res.isTitle(t.form()) && !res.isTitleHead(t.form())) { j++; continue; }
            // “Secretary-General” is tokenized secretary - general
            if (of == null && t.form().equals("-") && !words.isEmpty() && j + 1 < toks.size() && res.isTitle(toks.get(j + 1).form())) {
                words.add(t.form()); j++; continue;
            }
            String iso = res.nationality(t.form());
            if (of == null && iso != null && gazetteer.country(iso) != null) { of = gazetteer.country(iso); j++; continue; }
            // the body a title is of, spelled out: رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج
            int body = of == null && j > i && (isDefinite(t) || construct(toks, ms, j)) ? bodyWords(doc.text(), toks, ms, j) : 0;
            if (body > 0) {
                for (int k = 0; k < body; k++) words.add(toks.get(j + k).form());
                j += body;
                continue;
            }
            // a comma before the name («رئيس حركة النهضة، راشد الغنوشي»), not before the rest of the sentence
            // (“according to the Deputy Prime Minister, the Ukrainian party has …”)
            // (in English only an apposition closed by a comma: not “According to the President, Olaf Scholz confirmed”)
            if (Sentences.isComma(t) && j + 1 < toks.size() && (!res.lang().equals("en") || names.closedApposition(doc.text(), toks, ms, j + 1))) { j++; continue; }
            // “President of the Republic of Armenia”: the state's style before its name is no part of the title
            Mention state = of == null && !words.isEmpty() && res.isBodyWord(t.form()) && j + 2 < toks.size()
                    && res.isTitleLink(toks.get(j + 1).form()) ? Sentences.mentionAt(ms, j + 2) : null;
            if (state != null && state.actor().kind() == ActorKind.Country) { j++; continue; }
            // “Minister for Reintegration of the Temporarily Occupied Territories of Ukraine”: an English portfolio is
            // part of the title, and the country it names what the title is of
            if (of == null && !words.isEmpty() && res.lang().equals("en") && res.isPreposition(t.form()) && j + 1 < toks.size()
                    && Character.isUpperCase(doc.text().charAt(toks.get(j + 1).start())) && !res.isTitle(toks.get(j + 1).form())
                    && Sentences.mentionAt(ms, j + 1) == null) {
                int end = names.portfolioEnd(doc.text(), toks, ms, j + 1);
                if (end > 0) {
                    for (Mention x : ms) if (x.tokenStart() > j && x.tokenEnd() <= end && x.actor().kind() == ActorKind.Country) of = x.actor();
                    j = end;
                    break;
                }
            }
            // “head of state”, “minister of foreign affairs”: a link inside a title is one of its words
            if (of == null && res.isTitleLink(t.form()) && j + 1 < toks.size()) { words.add(t.form()); j++; continue; }
            // the rest of what the title is of: «President of the Italian Republic Mario Draghi»
            if (of != null && res.isBodyWord(t.form())) { j++; continue; }
            break;
        }
        while (!words.isEmpty() && res.isTitleLink(words.get(words.size() - 1))) words.remove(words.size() - 1);
        if (of == null) of = before;
        // a trailing comma belongs to no one
        while (j > i && Sentences.isComma(toks.get(j - 1)) && (j >= toks.size() || Sentences.mentionAt(ms, j) == null) && !names.looksLikeName(doc.text(), toks, ms, j)) j--;
        return new Chain(i, j, words, of);
    }

    /** Whether the article names this actor anywhere (gazetteer or title mentions found so far). */
    private static boolean namedInArticle(Document doc, Actor a) {
        for (List<Mention> ms : doc.mentions()) for (Mention m : ms) if (m.actor().equals(a)) return true;
        return false;
    }

    /**
     * A noun in construct state inside a body's name, without the article but followed by a word with it
     * («المجلس الرئاسي لحكومة الوفاق الوطني»: لحكومة, “of the government of”).
     */
    private boolean construct(List<Token> toks, List<Mention> ms, int k) {
        if (k + 1 >= toks.size() || !isDefinite(toks.get(k + 1))) return false;
        String f = toks.get(k).form();
        return f.length() >= 3 && ArabicFolding.isArabicLetter(f.codePointAt(0)) && !res.isTitle(f)
                && res.speechVerb(f) == null && Sentences.mentionCovering(ms, k + 1) == null;
    }

    /** An article-bearing noun (الوفاق، للحكومة = ل + الحكومة). */
    private static boolean isDefinite(Token t) {
        return t.form().startsWith("\u0627\u0644") && t.form().length() > 3;
    }

    /**
     * How many definite nouns from {@code j} spell out a body before a name: at most six, and only when a
     * name-like pair follows them; else 0, and the chain ends as before.
     */
    private int bodyWords(String text, List<Token> toks, List<Mention> ms, int j) {
        int longest = j;
        while (longest < toks.size() && longest - j < MAX_BODY && (isDefinite(toks.get(longest)) || construct(toks, ms, longest))
                && Sentences.mentionCovering(ms, longest) == null && !res.isStopword(toks.get(longest).form())
                && res.nationality(toks.get(longest).form()) == null) longest++;
        // «رئيس حزب الشعوب الديمقراطي صلاح الدين دمرطاش»: a name in construct form («صلاح الدين») reads like more of the
        // body, so the body may end sooner
        for (int k = Math.min(longest, toks.size() - 1); k > j; k--) {
            // a nationality may close the body before the name (… لحكومة الوفاق الوطني الليبية فائز السراج)
            int name = k + 1 < toks.size() && res.nationality(toks.get(k).form()) != null ? k + 1 : k;
            int end = names.nameEnd(text, toks, ms, name);
            if (end - name < 2) continue;
            // the name must close the phrase: a comma, a full stop, a verb or a preposition, the sentence end, or a
            // word never seen in a name («رينس بريبوس الاجراءات», the object of «دان»)
            if (end < toks.size()) {
                Token after = toks.get(end);
                if (!after.isPunctuation() && !res.isStopword(after.form()) && res.speechVerb(after.form()) == null
                        && !res.isDateWord(after.form()) && !NameCueWords.shared().isPlainWord(after.form())) continue;
            }
            return k - j;
        }
        return 0;
    }

    private int titleEnd(List<Token> toks, Chain c) {
        int k = c.start();
        while (k < c.end() && (res.isTitle(toks.get(k).form())
                || (toks.get(k).form().equals("-") && k + 1 < c.end() && res.isTitle(toks.get(k + 1).form())))) k++;
        return Math.max(k, c.start() + 1);
    }

    /**
     * Of several holders of an office, the one named last before token {@code i} of sentence {@code s}, outside
     * quotations (where “the Russian President” may be someone the speaker talks about) and prepositional phrases;
     * null if none is.
     */
    private static Actor lastNamed(Document doc, int s, int i, Set<Actor> holders) {
        if (holders.isEmpty()) return null;
        for (int k = s; k >= 0; k--) {
            List<Token> toks = doc.tokens().get(k);
            boolean[] quoted = Quotations.quoted(toks);
            List<Mention> ms = doc.mentions().get(k);
            for (int m = ms.size() - 1; m >= 0; m--) {
                Mention x = ms.get(m);
                // (“his personal meeting with President Vladimir Putin”: one named in a prepositional phrase is talked about)
                if ((k == s && x.tokenEnd() > i) || quoted[x.tokenStart()] || x.oblique()) continue;
                if (holders.contains(x.actor())) return x.actor();
            }
        }
        return null;
    }

    /** Where a title's phrase starts, with the nationality or (English) body before it: “the UN Secretary-General”. */
    private int outerStart(List<Token> toks, List<Mention> ms, int start) {
        // “For his part, the Prime Minister of …”: English title words before the head belong to the title
        while (res.lang().equals("en") && start > 0 && res.isTitle(toks.get(start - 1).form())) start--;
        if (start > 0 && res.nationality(toks.get(start - 1).form()) != null) return start - 1;
        Mention b = start > 0 && res.lang().equals("en") ? Sentences.mentionCovering(ms, start - 1) : null;
        return b != null && b.tokenEnd() == start && b.actor().kind() != ActorKind.Person ? b.tokenStart() : start;
    }

    /** An organisation the article names in a title phrase, tokens {@code [from, to)} of sentence {@code s}, as a mention. */
    private static Actor addBody(Document doc, int s, int from, int to, boolean oblique) {
        List<Token> toks = doc.tokens().get(s);
        String name = Sentences.text(doc, toks, from, to);
        Actor body = new Actor("ar-" + Gazetteer.slug(name), ActorKind.Organization, null, name, null);
        doc.mentions().get(s).add(new Mention(s, from, to, toks.get(from).start(), toks.get(to - 1).end(), body, oblique, null));
        return body;
    }
}
