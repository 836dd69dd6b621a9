package org.khabar.extract;

import java.util.List;
import java.util.Set;
import org.khabar.nlp.ArabicFolding;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;
import org.khabar.nlp.ner.NameCueWords;
import org.khabar.nlp.sentdetect.NewsSentenceDetector;

/**
 * Where the name a title introduces begins and ends: past abbreviated honorifics, up to three name-like words
 * (Arabic words, or capitalised Latin ones, that are no lexicon word, body head or nunated noun), or a person
 * named right after the title or right before it.
 */
final class TitleNames {
    static final int MAX_NAME = 3;
    private static final int MAX_PORTFOLIO = 12;

    private final Gazetteer gazetteer;
    private final LanguageResources res;
    private final Set<String> abbreviations;

    TitleNames(Gazetteer gazetteer, LanguageResources res) {
        this.gazetteer = gazetteer;
        this.res = res;
        this.abbreviations = NewsSentenceDetector.abbreviations(res.lang());
    }

    /** A person named at {@code k}, or words there that look like a name. */
    boolean personOrNameAt(String text, List<Token> toks, List<Mention> ms, int k) {
        Mention m = k < toks.size() ? Sentences.mentionAt(ms, k) : null;
        return m != null ? m.actor().kind() == ActorKind.Person : looksLikeName(text, toks, ms, k);
    }

    /** Past abbreviated honorifics after a title («المستشار الثقافي أ. د. محمد عثمان الخشت», “Dr.”): where the name starts. */
    int pastAbbreviations(String text, List<Token> toks, int j) {
        while (j + 1 < toks.size() && toks.get(j + 1).form().equals(".")
                && abbreviations.contains(text.substring(toks.get(j).start(), toks.get(j + 1).end()))) j += 2;
        return j;
    }

    /**
     * “Minister for Reintegration of the Temporarily Occupied Territories of Ukraine Iryna Vereshchuk”: an English
     * portfolio, capitalised words and the links between them from {@code j}, ending right before a person, or with a
     * country or body before a lower-case word or a name (“… of Ukraine stressed”). Its end, or -1 when the words may
     * be a name.
     */
    int portfolioEnd(String text, List<Token> toks, List<Mention> ms, int j) {
        int lastBody = -1;
        for (int k = j; k < toks.size() && k - j < MAX_PORTFOLIO; ) {
            Mention m = Sentences.mentionAt(ms, k);
            if (m != null && m.actor().kind() == ActorKind.Person) return k > j ? k : -1;
            if (m != null) { k = lastBody = m.tokenEnd(); continue; }
            Token t = toks.get(k);
            boolean capitalised = Character.isUpperCase(text.charAt(t.start())) && t.form().chars().allMatch(Character::isLetter);
            // (“… of Ukraine Iryna Vereshchuk informed”: the capitalised words after the country are the holder's name)
            if (!capitalised && !res.isTitleLink(t.form()) && !isLink(t.form()))
                return lastBody == k || (lastBody > j && nameEnd(text, toks, ms, lastBody) == k) ? lastBody : -1;
            k++;
        }
        return -1;
    }

    /** “for”, “and”, “on”: a preposition or conjunction between a portfolio's words (the stopword list holds both). */
    private boolean isLink(String f) {
        return res.isStopword(f) && !res.isPronoun(f);
    }

    /**
     * “the President, Olaf Scholz, said”: a name at {@code k} (a person's mention or name-like words) with a comma or
     * the sentence's end after it, which an English comma before it makes an apposition of; not “According to the
     * President, Olaf Scholz confirmed”.
     */
    boolean closedApposition(String text, List<Token> toks, List<Mention> ms, int k) {
        Mention m = Sentences.mentionAt(ms, k);
        int end = m != null && m.actor().kind() == ActorKind.Person ? m.tokenEnd() : nameEnd(text, toks, ms, k);
        if (m == null && end - k < 2) return false;
        return end >= toks.size() || Sentences.isComma(toks.get(end)) || toks.get(end).form().equals(".");
    }

    boolean looksLikeName(String text, List<Token> toks, List<Mention> ms, int j) {
        return nameEnd(text, toks, ms, j) - j >= 2;
    }

    /**
     * End of up to three name-like words from {@code j}: Arabic words, or Latin words capitalised in the text
     * («Prime Minister of Italy Mario Draghi»), that are not function, title or lexicon words.
     */
    int nameEnd(String text, List<Token> toks, List<Mention> ms, int j) {
        int k = j, joined = 0;
        while (k < toks.size() && k - j - joined < MAX_NAME) {
            Token t = toks.get(k);
            String f = t.form();
            // “spokeswoman Nathalie Kosciusko-Morizet”: a hyphen written inside a Latin name joins two of its parts
            if (k > j && f.equals("-") && k + 1 < toks.size() && toks.get(k - 1).end() == t.start() && t.end() == toks.get(k + 1).start()
                    && Character.isUpperCase(text.charAt(toks.get(k + 1).start())) && toks.get(k + 1).form().chars().allMatch(Character::isLetter)) {
                k += 2;
                joined += 2;
                continue;
            }
            boolean arabic = !f.isEmpty() && ArabicFolding.isArabicLetter(f.codePointAt(0));
            char first = text.charAt(t.start());
            boolean latinName = !arabic && first < 0x0250 && Character.isUpperCase(first) && !res.isBodyWord(f)
                    && f.chars().allMatch(Character::isLetter); // not «G20», not «Qarase's»
            // a word of the lexicons (verb, trigger, title, nationality, month) ends the name: «وزير الخارجية المصري
            // يؤدي زيارة» is not a person called «يؤدي زيارة»
            // «والشيخ علي الصلابي»: a given name spelt with ي is a name, though folded it reads as «على» (on)
            boolean given = k == j && arabic && NameCueWords.shared().isGivenName(f) && text.charAt(t.end() - 1) != '\u0649';
            if (!(arabic || latinName) || f.length() < 2 || !t.clitic().isEmpty() || (!given && (res.isStopword(f)
                    || res.isLexiconWord(f))) || ArabicFolding.prepositionWithArticle(f) || Sentences.mentionCovering(ms, k) != null
                    || (k > j && NameCueWords.shared().isBodyOrPlaceHead(f)) // «الرئيس الفلسطيني جهود اللجنة الرباعية»
                    || Sentences.hasTanween(text, t)) break; // «… لمنظمة التحرير بياناً شديد اللهجة»: an indefinite noun is no name
            // “President of the Republic of Azerbaijan Ilham Aliyev Aliyev IlhamPresident of Azerbaijan:”: a page's index
            // of names run into a transcript's turn repeats the surname; the name ends before the repeat
            if (k > j && f.equals(toks.get(k - 1).form())) break;
            // the article al- may start only the last part of a name (عادل الجبير)
            if (f.startsWith("\u0627\u0644") && k == j) break;
            // «الوزير بهذا الخصوص», «الوزير الفرنسي لمسار السياسة», «أوهورو كينياتا بارتكاب»: bi- or li- on a common word
            // is no part of a name; nor is a word common in the name finder's training text that no known name holds
            // («رينس بريبوس الاجراءات», «تيريزا ماي أول», «وعد بمواصلة المعركة»)
            // (a surname may look like bi- on a common word, «راجح بادي»: only a third word is read so)
            if (arabic && !given && ((k != j + 1 && prepositionOnCommonWord(f)) || commonNonName(f))) break;
            if (k == j && arabic && conjoinedCommonWord(f)) break; // «… وزير التربية والتعليم العالي»
            if (k == j && arabic && NameCueWords.shared().isVerbalNoun(f)) break; // «… المصري تمتين العلاقات»
            k++;
            if (f.startsWith("\u0627\u0644") && !res.isNameParticle(toks.get(k - 2).form()) && !res.isCompoundNameEnd(f)) break;
        }
        return k;
    }

    /** Past the article-bearing adjectives that end a body's name («حركة الجهاد الإسلامي», «لجنة العلاقات الخارجية»). */
    int bodyEnd(List<Token> toks, List<Mention> ms, int from) {
        int k = from;
        while (k < toks.size() && k - from < MAX_NAME && toks.get(k).form().startsWith("\u0627\u0644") && toks.get(k).clitic().isEmpty()
                && !res.isLexiconWord(toks.get(k).form()) && !res.isStopword(toks.get(k).form()) && Sentences.mentionCovering(ms, k) == null) k++;
        return k;
    }

    /** «والتعليم», «ونائبة»: «و» (and) left on a title, a lexicon word or a word never seen in a name. */
    private boolean conjoinedCommonWord(String f) {
        if (f.length() < 4 || f.charAt(0) != '\u0648') return false;
        String rest = f.substring(1);
        return res.isTitle(rest) || res.isLexiconWord(rest) || res.isStopword(rest) || NameCueWords.shared().isPlainWord(rest);
    }

    /** A word common in the name finder's training text, never inside a name there, that no known name holds. */
    private boolean commonNonName(String f) {
        return NameCueWords.shared().isPlainWord(f) && !NameCueWords.shared().isGivenName(f) && !gazetteer.isNameWord(f)
                && !res.isCompoundNameEnd(f); // «علي أكبر صالحي»
    }

    /** Whether a word the tokenizer left whole is bi-/li-/ka- on a function word or a word common in the NER data. */
    private boolean prepositionOnCommonWord(String f) {
        if (f.length() < 4 || "\u0628\u0644\u0643".indexOf(f.charAt(0)) < 0 || gazetteer.isNameWord(f)) return false;
        String rest = f.substring(1);
        return res.isStopword(rest) || NameCueWords.shared().isCommon(rest);
    }

    /**
     * «الرئيس (فلاديمير) بوتين»: a person named within three tokens after the title, with nothing between but
     * punctuation and name-like words, is the one the title names, whoever else held it before; or null.
     */
    Actor personSoonAfter(String text, List<Token> toks, List<Mention> ms, int end) {
        for (Mention m : ms) {
            if (m.tokenStart() < end || m.tokenStart() > end + 3 || m.actor().kind() != ActorKind.Person) continue;
            boolean nameLike = true;
            for (int k = end; k < m.tokenStart() && nameLike; k++) {
                String f = toks.get(k).form();
                nameLike = toks.get(k).isPunctuation() || (!res.isStopword(f) && !res.isLexiconWord(f) && toks.get(k).clitic().isEmpty()
                        // “the President of the European Commission addressing Volodymyr Zelenskyy”: English names are capitalised
                        && (!res.lang().equals("en") || Character.isUpperCase(text.charAt(toks.get(k).start()))));
            }
            // “According to the President, Olaf Scholz confirmed”: in English a comma before the name makes an
            // apposition only when another closes it
            boolean comma = false;
            for (int k = end; k < m.tokenStart(); k++) comma |= Sentences.isComma(toks.get(k));
            if (comma && res.lang().equals("en") && !closedApposition(text, toks, ms, m.tokenStart())) continue;
            if (nameLike) return m.actor();
        }
        return null;
    }

    /** Start of two or three name-like words that end at {@code title} and follow a speech verb, or -1. */
    int nameBefore(String text, List<Token> toks, List<Mention> ms, int title) {
        for (int k = title - 2; k >= Math.max(1, title - MAX_NAME); k--) {
            if (res.speechVerb(toks.get(k - 1).form()) != null && nameEnd(text, toks, ms, k) == title) return k;
        }
        return -1;
    }
}
