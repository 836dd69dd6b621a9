package org.khabar.extract;

import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.khabar.doc.Document;
import org.khabar.nlp.ArabicFolding;
import org.khabar.nlp.ner.NameCueWords;
import org.khabar.nlp.ArabicTokenizer;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;
import org.khabar.nlp.ner.ArabicContextFeatures;
import org.khabar.nlp.ner.GreedyNameFinder;

/**
 * People and organisations the gazetteer does not know, from the statistical name finder trained on
 * CLEANANERCorp. It sees whitespace tokens with their clitics, as its training data did; a name it finds
 * becomes a mention over the pipeline's own tokens, unless a gazetteer or title mention already covers it.
 * Places are left to the gazetteer, where they are linked and typed.
 */
public final class NameFinderStage implements Stage {
    private static final double MIN_PERSON = 0.8;

    private final TokenNameFinder finder;
    private final LanguageResources res;
    private final ArabicTokenizer plain = ArabicTokenizer.plain();

    public NameFinderStage(TokenNameFinderModel model, LanguageResources res, Gazetteer gazetteer) {
        // the same tagging as OpenNLP's NameFinderME, several times faster; NameFinderME for a model it does not fit
        TokenNameFinder greedy = GreedyNameFinder.create(model, new ArabicContextFeatures(res, gazetteer));
        this.finder = greedy != null ? greedy : new NameFinderME(model);
        this.res = res;
    }

    @Override
    public void process(Document doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            var span = doc.sentences().get(s);
            List<Token> words = plain.tokenize(doc.text(), span.getStart(), span.getEnd());
            String[] forms = words.stream().map(Token::form).toArray(String[]::new);
            List<Token> toks = doc.tokens().get(s);
            List<Mention> ms = doc.mentions().get(s);
            for (Span name : finder.find(forms)) {
                // people only (organisations and places come from the gazetteer, linked and typed); a name of
                // one word, or one the model is unsure of, costs more in misattribution than it adds
                int length = name.getEnd() - name.getStart();
                if (!name.getType().equals("pers") || length < 2 || length > 4 || name.getProb() < MIN_PERSON) continue;
                ActorKind kind = ActorKind.Person;
                int start = words.get(name.getStart()).start(), end = words.get(name.getEnd() - 1).end();
                int first = -1, last = -1;
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).end() > start && toks.get(i).start() < end) { if (first < 0) first = i; last = i; }
                }
                if (first < 0 || Sentences.overlaps(ms, first, last + 1) || !plausible(toks, first, last + 1)) continue;
                String surface = doc.text().substring(toks.get(first).start(), toks.get(last).end());
                Actor actor = new Actor("ar-" + Gazetteer.slug(surface), kind, null, surface, null);
                ms.add(new Mention(s, first, last + 1, toks.get(first).start(), toks.get(last).end(), actor,
                        Sentences.personGoverned(toks, first, res), null));
            }
            ms.sort(Comparator.comparingInt(Mention::tokenStart));
            finder.clearAdaptiveData();
        }
    }

    /**
     * A name with a function word or a word of the lexicons in it (title, speech verb, trigger, «عقب»), or a clitic
     * split off a later word, is a tagging error.
     */
    private boolean plausible(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            String f = t.form();
            if (f.length() < 2 || res.isStopword(f) || res.isLexiconWord(f) || res.isAnaphor(f)
                    || !Character.isLetter(f.codePointAt(0)) || (i > from && !t.clitic().isEmpty())) return false;
            // «خليفة حفتر بالمبادرة», «استعدادها للمشاركة»: a preposition with the article, left on a word the
            // tokenizer does not know, is no part of a name
            if (ArabicFolding.prepositionWithArticle(f)) return false;
            if (NameCueWords.shared().isBodyOrPlaceHead(f)) return false;
        }
        return true;
    }
}
