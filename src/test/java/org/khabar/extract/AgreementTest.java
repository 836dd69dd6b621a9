package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/**
 * What parties agree on is a statement of each of them when the agreement is said («اتفق X و Y على أن», "agreed
 * that", "agreed on the need to"), not when they agree to do something («اتفقا على عقد لقاء», "agreed to establish").
 */
class AgreementTest {
    private static String show(Document d) {
        return TestArticles.speakersAndTypes(d);
    }

    @Test
    void twoMinistersWhoAgreeThatSpeakBothAndTheMeetingKeepsThem() {
        // ar-snn-2015-08-07-129
        Document d = TestArticles.extract("ar", "2015-08-07", "وقالت الوكالة السورية للأنباء إنه خلال الاجتماع اتفق المعلم ووزير الخارجية"
                + " العماني يوسف بن علوي على أن الوقت حان «لتضافر الجهود البناءة» لإنهاء الأزمة.");
        assertTrue(show(d).contains("Walid Muallem Claim\nيوسف بن علوي Claim"), show(d));
        assertTrue(d.meetings().stream().anyMatch(m -> m.participants().stream().map(Actor::label).toList()
                .containsAll(java.util.List.of("Walid Muallem", "يوسف بن علوي"))), d.meetings().toString());
    }

    @Test
    void agreeingToCondemnCriticisesAndAgreeingToMeetSaysNothing() {
        // ar-snn-2015-07-25-120: the two opposition bodies set up as a pair, then «اتفق الطرفان على إدانة»
        Document d = TestArticles.extract("ar", "2015-07-25", "وأعلن كل من الائتلاف الوطني السوري وهيئة التنسيق الوطنية"
                + " التوصل إلى خريطة طريق. كذلك اتفق الطرفان على إدانة «استهداف النظام بشكل مروّع المدنيين العزل في كافة المدن والبلدات السورية».");
        long criticisms = d.statements().stream().filter(st -> st.type().equals("Criticism")).count();
        assertEquals(2, criticisms, show(d));
        // and the dual verb inside what they said («حيث «أكدا على مسؤولية الأمم المتحدة … في وقف»») is a call of both
        Document p = TestArticles.extract("ar", "2015-07-25", "وأعلن كل من الائتلاف الوطني السوري وهيئة التنسيق الوطنية"
                + " التوصل إلى خريطة طريق. كذلك اتفق الطرفان على إدانة «استهداف النظام المدنيين العزل»، حيث «أكدا على مسؤولية الأمم"
                + " المتحدة والمجتمع الدولي في وقف أعمال الإبادة واتخاذ الإجراءات التي تضمن الحماية الكاملة للمدنيين».");
        assertEquals(2, p.statements().stream().filter(st -> st.type().equals("Call") && st.topics().contains("protection-of-civilians")).count(), show(p));
        Document e = TestArticles.extract("ar", "2015-07-25", "واتفق الجانبان على عقد اجتماع جديد في موسكو.");
        assertEquals("", show(e));
    }

    @Test
    void englishLeadersWhoAgreedOnTheNeedBothCall() {
        // en-presua-72369 (2022-01-18); en-presua-74913: "agreed to establish maximum cooperation …, so that" says nothing agreed
        Document d = TestArticles.extract("en", "2022-01-18", "President of Ukraine Volodymyr Zelenskyy had a phone conversation with"
                + " Prime Minister of Canada Justin Trudeau. The President of Ukraine and the Prime Minister of Canada agreed on the"
                + " need to make joint efforts to get adequate compensation by the families of the victims.");
        // “the need to” make efforts calls for them, as «ضرورة» does
        assertEquals("Justin Trudeau Call\nVolodymyr Zelensky Call", show(d));
        Document e = TestArticles.extract("en", "2022-05-08", "President Volodymyr Zelenskyy and Prime Minister Justin Trudeau agreed to"
                + " establish maximum cooperation in this direction, so that there are no such exclusion zones left in Ukraine.");
        assertEquals("", show(e));
    }

    @Test
    void aDualVerbDoesNotGoOnWithASingleSpeaker() {
        // ar-ant-JA-politic-209-20170307: «كما اتفقا» after Tunisia spoke alone is not Tunisia's
        Document d = TestArticles.extract("ar", "2017-03-07", "وأعلنت تونس دعمها للحوار الليبي. كما اتفقا على ضرورة مواصلة التنسيق"
                + " والتشاور الدوري بين الدول الثلاث.");
        assertTrue(d.statements().stream().noneMatch(st -> st.evidence().anchor() > d.text().indexOf("كما")), show(d));
    }
}
