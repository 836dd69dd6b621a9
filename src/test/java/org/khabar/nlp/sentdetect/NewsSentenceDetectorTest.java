package org.khabar.nlp.sentdetect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Trained models decide full stops; rules keep quotations whole and end sentences at ؟ ! and line breaks. */
class NewsSentenceDetectorTest {
    private final NewsSentenceDetector split = NewsSentenceDetector.forLanguage("ar");
    private final NewsSentenceDetector english = NewsSentenceDetector.forLanguage("en");

    @Test
    void endsAtArabicAndLatinMarksAndLineBreaks() {
        assertArrayEquals(new String[] {"قال بوتين ذلك.", "هل يوافق؟", "نعم!", "سطر جديد"},
                split.sentDetect("قال بوتين ذلك. هل يوافق؟ نعم!\nسطر جديد"));
    }

    @Test
    void aQuotedPassageOfSeveralSentencesStaysWithItsVerb() {
        // seed 002: the quote after "وقال حق خلال مؤتمر صحفي:" holds two sentences
        String s = "وقال حق: \"ندعو البلدان للمساعدة. نود أن يواصل اللاعبون الحوار\". وأعلن الأمين العام ذلك.";
        assertArrayEquals(new String[] {"وقال حق: \"ندعو البلدان للمساعدة. نود أن يواصل اللاعبون الحوار\".", "وأعلن الأمين العام ذلك."},
                split.sentDetect(s));
    }

    @Test
    void latinInitialsAndTitlesDoNotEndASentence() {
        assertArrayEquals(new String[] {"The U.S. and Mr. Lavrov met.", "Talks went on."},
                english.sentDetect("The U.S. and Mr. Lavrov met. Talks went on."));
        // en-wikinews-103369
        assertArrayEquals(new String[] {"Cowen is expected to succeed Mr. Ahern as both Taoiseach and leader."},
                english.sentDetect("Cowen is expected to succeed Mr. Ahern as both Taoiseach and leader."));
    }

    @Test
    void arabicAbbreviationsDoNotEndASentenceButAFullStopAfterAYearDoes() {
        // ar-snn-2015-08-02-393: the new ministers, each a doctor («د.»)
        assertArrayEquals(new String[] {"والوزراء الخمسة الجدد هم: د. صبري صيدم وزير التربية والتعليم العالي، د. سفيان سلطان وزير الزراعة.",
                "وجرى ذلك أمس."},
                split.sentDetect("والوزراء الخمسة الجدد هم: د. صبري صيدم وزير التربية والتعليم العالي، د. سفيان سلطان وزير الزراعة. وجرى ذلك أمس."));
        // ar-snn-2015-07-24-1445: the German press agency, (د. ب. أ); ar-snn-2015-07-26-812: a year ends the sentence
        assertArrayEquals(new String[] {"في بيان تلقت وكالة الأنباء الألمانية (د. ب. أ) نسخة منه الخميس.",
                "وقتل العشرات منذ انتهاء الحرب الأهلية فيها عام 2005.", "وقتل العشرات في احتجاجات."},
                split.sentDetect("في بيان تلقت وكالة الأنباء الألمانية (د. ب. أ) نسخة منه الخميس. "
                        + "وقتل العشرات منذ انتهاء الحرب الأهلية فيها عام 2005. وقتل العشرات في احتجاجات."));
    }

    @Test
    void anUnclosedQuoteCannotSwallowTheRestOfALine() {
        String s = "قال \"" + "كلمة ".repeat(200) + ". جملة ثانية.";
        assertArrayEquals(new String[] {s.substring(0, s.indexOf(". جملة") + 1), "جملة ثانية."}, split.sentDetect(s));
    }

    @Test
    void aQuotationLeftUnopenedClosesWhereItsMarkFollowsAWord() {
        // en-presua-73901: the quotation's opening mark is missing; «things,"» closes it all the same
        String s = "We do not discuss \"denazification\" at all. For me, these are completely incomprehensible things,\" the"
                + " President said. At the same time, he noted that the issues of guarantees remain the most important.";
        assertArrayEquals(new String[] {"We do not discuss \"denazification\" at all.",
                "For me, these are completely incomprehensible things,\" the President said.",
                "At the same time, he noted that the issues of guarantees remain the most important."}, english.sentDetect(s));
    }

    @Test
    void aQuotationThatClosesWithItsSentenceEndsOurs() {
        // en-wikinews-103369: each reaction is a sentence of its own, though each ends inside its quotation
        String s = "Irish President Mary McAleese said of Ahern, \"He deserves every credit for the work he has done.\""
                + " McAleese added, \"Bertie Ahern will be remembered.\" He said, \"Thanks.\" the minister said.";
        assertArrayEquals(new String[] {"Irish President Mary McAleese said of Ahern, \"He deserves every credit for the work he has done.\"",
                "McAleese added, \"Bertie Ahern will be remembered.\"",
                "He said, \"Thanks.\" the minister said."}, english.sentDetect(s));
        // ar-snn-2015-08-06-338 has the same shape in Arabic: «…». وقال المعلم
        assertArrayEquals(new String[] {"قال: «نحن مع أي جهد.»", "وقال المعلم ذلك."}, split.sentDetect("قال: «نحن مع أي جهد.» وقال المعلم ذلك."));
    }
}
