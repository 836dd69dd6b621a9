package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.nlp.LanguageResources;
import org.khabar.rdf.Ontology;

/** Topics over the ontology's SKOS labels, in both languages. */
class TopicMatcherTest {
    static final LanguageResources AR = LanguageResources.load("ar");

    static TopicMatcher matcher(Map<String, List<String>> forms) {
        return new TopicMatcher(forms, AR.proclitics(), AR.enclitics());
    }

    @Test
    void labelsThatStartAlikeGiveTheSameOrderWhateverOrderTheyCameIn() {
        // en-presua-74501: "…saw Russia's reluctance to hold peace talks"; the ontology graph lists topics in no
        // fixed order, and the first topic of a call is the one a joined act inherits
        Map<String, List<String>> one = new LinkedHashMap<>(), other = new LinkedHashMap<>();
        one.put("peace", List.of("peace"));
        one.put("negotiations", List.of("peace talks"));
        other.put("negotiations", List.of("peace talks"));
        other.put("peace", List.of("peace"));
        String text = "saw Russia's reluctance to hold peace talks";
        assertEquals(List.of("negotiations", "peace"), matcher(one).topics(text));
        assertEquals(List.of("negotiations", "peace"), matcher(other).topics(text));
    }

    @Test
    void theOntologysLabelsMatchArabicWithClitics() {
        TopicMatcher m = matcher(Ontology.topicSurfaceForms());
        // «ودعا إلى وقف إطلاق النار»: the ceasefire, whatever clitic the first word carries
        assertEquals(List.of("ceasefire"), m.topics("ودعا إلى وقف إطلاق النار"));
        assertEquals(List.of("ceasefire"), m.topics("بوقف إطلاق النار"));
    }
}
