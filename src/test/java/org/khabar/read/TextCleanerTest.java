package org.khabar.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.nlp.LanguageResources;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner(LanguageResources.load("ar").boilerplate());

    @Test
    void dropsLoneDotsEmptyBylinesFootersAndRepeatedCaptions() {
        // the furniture of seed 000
        String raw = ".\n.\nروسيا و أوكرانيا\n\nنشر في: آخر تحديث:\n\nقال بوتين.\n\n\n\nغوتيريش ولافروف في موسكو\nغوتيريش ولافروف في موسكو\n\nانضم إلى المحادثة\nالأكثر قراءة مواضيع شائعة";
        assertEquals("روسيا و أوكرانيا\n\nقال بوتين.\n\nغوتيريش ولافروف في موسكو", cleaner.clean(raw));
    }

    @Test
    void keepsALineThatOnlyStartsLikeFurniture() {
        assertEquals("اقرأ أيضا عن الحوار في جنيف", new TextCleaner(List.of("اقرأ أيضا:")).clean("اقرأ أيضا عن الحوار في جنيف"));
    }

    @Test
    void normalisesLineEndingsAndSpaces() {
        assertEquals("سطر أول\nسطر  ثان".replace("  ", " "), cleaner.clean("سطر أول\r\nسطر \u00A0ثان  "));
    }
}
