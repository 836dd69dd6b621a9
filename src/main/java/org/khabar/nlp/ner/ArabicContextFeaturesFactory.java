package org.khabar.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.khabar.nlp.Gazetteer;
import org.khabar.nlp.LanguageResources;

/**
 * Makes {@link ArabicContextFeatures} from the feature descriptor {@code ar-features.xml}, which names this class;
 * the lexicons and gazetteer it reads ship in the jar, so a model trained with it loads wherever Khabar runs.
 */
public final class ArabicContextFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    // loaded once per JVM: every pipeline thread builds its own finder over the same model
    private static final class Shared {
        static final LanguageResources AR = LanguageResources.load("ar");
        static final Gazetteer GAZETTEER = Gazetteer.load(AR.proclitics());
    }

    @Override
    public AdaptiveFeatureGenerator create() {
        return new ArabicContextFeatures(Shared.AR, Shared.GAZETTEER);
    }
}
