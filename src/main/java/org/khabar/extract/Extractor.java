package org.khabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.doc.ArticleMeta;
import org.khabar.doc.Document;
import org.khabar.nlp.ArabicTokenizer;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageGate;
import org.khabar.nlp.sentdetect.NewsSentenceDetector;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Offices;
import org.khabar.read.ArticleInput;
import org.khabar.read.TextCleaner;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Turns an article into a document with its statements, meetings, events and roles. Holds the shared,
 * read-only models (gazetteer, lexicons, topic labels); each thread gets its own pipelines over them.
 */
public final class Extractor {
    public static final List<String> LANGUAGES = List.of("ar", "en");

    private final Gazetteer gazetteer;
    private final Map<String, LanguageResources> resources = new HashMap<>();
    private final Map<String, List<String>> topicForms;
    private final ThreadLocal<LanguageGate> gates = ThreadLocal.withInitial(LanguageGate::new);
    private final TextCleaner cleaner;
    private final TokenNameFinderModel arabicNames;
    private final Offices offices;
    private final ThreadLocal<Map<String, Pipeline>> pipelines = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, DateResolver>> dateResolvers = ThreadLocal.withInitial(HashMap::new);

    /** @param topicForms topic id → surface forms, from the topic scheme */
    public Extractor(Map<String, List<String>> topicForms) {
        this.topicForms = Map.copyOf(topicForms);
        List<String> boilerplate = new ArrayList<>();
        for (String l : LANGUAGES) {
            LanguageResources r = LanguageResources.load(l);
            resources.put(l, r);
            boilerplate.addAll(r.boilerplate());
        }
        this.gazetteer = Gazetteer.load(resources.get("ar").proclitics());
        this.arabicNames = loadModel(ARABIC_NER);
        this.offices = new Offices(gazetteer);
        this.cleaner = new TextCleaner(boilerplate);
    }

    /** The shipped Arabic name finder model (see its NOTICE.md). */
    public static final String ARABIC_NER = "/org/khabar/ner/ar-ner.bin";

    static TokenNameFinderModel loadModel(String resource) {
        // loaded by its own .bin name: every OpenNLP model jar has a model.properties at its root
        try (java.io.InputStream in = Extractor.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing model " + resource);
            return new TokenNameFinderModel(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load model " + resource, e);
        }
    }

    public Gazetteer gazetteer() { return gazetteer; }

    /** Cleans, detects the language, reads the byline and runs the pipeline of that language. */
    public Document extract(ArticleInput in) throws UnsupportedLanguageException {
        String text = cleaner.clean(in.text());
        if (text.isBlank()) throw new UnsupportedLanguageException("no text left after cleaning");
        ArticleMeta meta = in.meta();
        String lang = language(gates.get().detect(text), meta.lang());
        meta = meta.withLang(lang);
        if (meta.published() == null || meta.publisher() == null) {
            Byline b = Byline.find(text, dates(lang));
            if (b != null) meta = meta.withByline(b.date(), b.publisher(), b.agency());
        }
        Document doc = new Document(meta, text);
        return pipeline(lang).process(doc);
    }

    /**
     * The language to read the article in: the detected one when Khabar reads it (the text wins over a wrong
     * label); for a text too short for the detector to be sure, the article's label when the detector ranks
     * it among its first choices; otherwise the article is skipped, naming what was found.
     */
    static String language(LanguageGate.Detection found, String label) throws UnsupportedLanguageException {
        if (found.supported()) return found.lang();
        String l = label == null || label.isBlank() ? null : label.strip().toLowerCase(java.util.Locale.ROOT);
        if (l != null && LANGUAGES.contains(l) && (found.lang().equals("und") || found.admits(l))) return l;
        String what = found.lang().equals("und") ? "too short to tell its language" : "detected as '" + found.lang() + "' (ISO 639-3)";
        if (l != null && !LANGUAGES.contains(l)) what = "labelled '" + l + "', " + what;
        throw new UnsupportedLanguageException("language not supported: " + what + "; Khabar reads " + String.join(", ", LANGUAGES));
    }

    private DateResolver dates(String lang) {
        return dateResolvers.get().computeIfAbsent(lang, l -> new DateResolver(resources.get(l)));
    }

    private Pipeline pipeline(String lang) {
        return pipelines.get().computeIfAbsent(lang, l -> {
            LanguageResources res = resources.get(l);
            // labels in both languages may appear in either; Arabic clitics are the ones that stick to them
            TopicMatcher topics = new TopicMatcher(topicForms, resources.get("ar").proclitics(), resources.get("ar").enclitics());
            DateResolver dates = dates(l);
            Pipeline.Builder b = Pipeline.builder()
                    .then(new SentenceStage(NewsSentenceDetector.forLanguage(l),
                            ArabicTokenizer.over(res, gazetteer)))
                    .then(new MentionStage(gazetteer, res))
                    .then(new TitleStage(gazetteer, res, offices));
            if (l.equals("ar")) b.then(new NameFinderStage(arabicNames, res, gazetteer));
            else b.then(new SpeakerNames(res));
            return b
                    .then(new MentionStage.Surnames(res))
                    .then(new StatementStage(res, topics, dates))
                    .then(new MeetingStage(res, topics, dates))
                    .then(new EventStage(res, dates))
                    .build();
        });
    }
}
