package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/** Who met whom, on real sentences: the party after bi-, and no party taken from inside another's title; who arrived where. */
class ArabicMeetingTest {
    private static Document extract(String published, String text) {
        return TestArticles.extract("ar", published, text);
    }

    private static List<String> parties(Meeting m) {
        return m.participants().stream().map(Actor::label).toList();
    }

    @Test
    void theOtherPartyAfterBiAndNotTheCountryInItsTitle() {
        // ar-ant-JA-politic-36-20170124: «جمع … محمد الناصر، بوزير خارجية جمهورية مصر العربية، حسن شكري»
        Document d = extract("2017-01-24", "مثلت \"الملفات الإقليمية ذات الاهتمام المشترك\"، أبرز محاور اللقاء الذي جمع بعد ظهر الثلاثاء،"
                + " بقصر باردو، رئيس مجلس نواب الشعب، محمد الناصر، بوزير خارجية جمهورية مصر العربية، حسن شكري.");
        assertEquals(1, d.meetings().size(), d.meetings().toString());
        List<String> parties = parties(d.meetings().get(0));
        assertTrue(parties.contains("Sameh Shoukry") && !parties.contains("Egypt"), parties.toString());
        assertEquals("2017-01-24", d.meetings().get(0).date().lexical());
        assertEquals("Bardo Palace", d.meetings().get(0).place().label());
    }

    @Test
    void anAffairsTitleIsNoNameAndItsHolderMet() {
        // ar-snn-2015-08-07-129: «ممثل الرئيس الروسي لشؤون الشرق الأوسط» is a title, not a person called «لشؤون الشرق»
        Document d = extract("2015-08-07", "وقد ناقش المعلم هذه الخطة مع المسؤولين الإيرانيين، كما التقى في طهران ممثل الرئيس الروسي"
                + " لشؤون الشرق الأوسط نائب وزير الخارجية، ميخائيل بوغدانوف.");
        assertTrue(d.mentions().stream().flatMap(List::stream).noneMatch(m -> m.actor().label().startsWith("\u0644\u0634\u0624\u0648\u0646")));
        assertTrue(d.meetings().stream().anyMatch(m -> parties(m).contains("Mikhail Bogdanov") && m.place() != null
                && m.place().label().equals("Tehran")), d.meetings().toString());
    }

    @Test
    void hisReceivingOfSomeoneIsHisMeetingWithThem() {
        // ar-snn-2015-08-07-129: «استقباله» (his receiving), the pronoun the president named before it
        Document d = extract("2015-08-07", "ونقلت وكالة الأنباء الإيرانية «إرنا» عن الرئيس الإيراني حسن روحاني، قوله خلال استقباله وليد المعلم،"
                + " بأن «طريق الحل لمشكلة سوريا هو الحل السياسي فقط».");
        assertTrue(d.meetings().stream().anyMatch(m -> parties(m).containsAll(List.of("Hassan Rouhani", "Walid Muallem"))),
                d.meetings().toString());
    }

    @Test
    void theOwnerOfAPossessiveMeetingNounIsThePersonNamedJustBefore() {
        // ar-snn-2015-08-11-1281: «ومحادثاته»: his talks, the crown prince's, not those of the speaker or of an earlier
        // president; «الرئيس (فلاديمير) بوتين» is Putin, whoever the article called «الرئيس» before
        Document d = extract("2015-08-11", "وقال الرئيس بشار الأسد إن الحل سياسي. وقال لافروف: \"نولي اهتماما كبيرا لزيارة ولي ولي العهد ووزير"
                + " الدفاع محمد بن سلمان لروسيا الاتحادية ومحادثاته مع الرئيس (فلاديمير) بوتين في سان بطرسبرج\".");
        Meeting m = d.meetings().stream().filter(x -> parties(x).contains("Vladimir Putin")).findFirst().orElseThrow(() -> new AssertionError(d.meetings()));
        assertEquals(List.of("Mohammed bin Salman", "Vladimir Putin"), parties(m).stream().sorted().toList());
        assertEquals("Saint Petersburg", m.place().label());
    }

    @Test
    void aVerbInARelativeClauseDoesNotEndTheMeetingsWords() {
        // ar-snn-2015-08-06-262: «… الذي يؤيد صالح وكذلك نبيل العربي» — the envoy met Elaraby too, in Cairo
        Document d = extract("2015-08-06", "وبدوره، كشف المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي أمس أن المبعوث الأممي لليمن ولد الشيخ أحمد"
                + " التقى خلال زيارة إلى القاهرة بالأمين العام لحزب المؤتمر الشعبي العام الذي يؤيد صالح وكذلك نبيل العربي.");
        Meeting m = d.meetings().stream().filter(x -> parties(x).contains("Nabil Elaraby")).findFirst().orElseThrow(() -> new AssertionError(d.meetings()));
        assertTrue(parties(m).contains("Ismail Ould Cheikh Ahmed"), parties(m).toString());
        assertEquals("Cairo", m.place().label());
    }

    @Test
    void theirTalksAreThoseOfThePairTheArticleSetUp() {
        // ar-snn-2015-07-25-120: «أعلن كل من X و Y … وذلك في ختام مباحثاتهما في العاصمة البلجيكية بروكسل التي بدأت الأربعاء الماضي»
        Document d = extract("2015-07-25", "أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة السورية»،"
                + " أمس، التوصّل إلى «خارطة طريق»، وذلك في ختام مباحثاتهما في العاصمة البلجيكية بروكسل التي بدأت الأربعاء الماضي.");
        assertEquals(1, d.meetings().size(), d.meetings().toString());
        assertEquals(List.of("National Coordination Body for Democratic Change", "National Coalition for Syrian Revolutionary and Opposition Forces"),
                parties(d.meetings().get(0)));
        assertEquals("Brussels", d.meetings().get(0).place().label());
        assertEquals("2015-07-22", d.meetings().get(0).date().lexical());
        // ar-snn-2015-07-22-32: after a preposition «كل من» names objects, and a list of three is no pair
        d = extract("2015-07-22", "وأشار إلى الدعم الذي تقدمه إيران إلى كل من حزب الله وحماس. وصرح بأنهما ناقشا خلال اجتماعهما الأحداث في سوريا.");
        assertEquals(List.of(), d.meetings());
    }

    @Test
    void theTalksBetweenThemAreThoseOfTheTwoNamedBefore() {
        // ar-snn-2015-08-09-771: «عقد … عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا صحافيًا مشتركًا عقب المباحثات
        // التي جرت بينهما أول من أمس في العاصمة الإيطالية روما»
        Document d = extract("2015-08-09", "عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا صحافيًا مشتركًا"
                + " عقب المباحثات التي جرت بينهما أول من أمس في العاصمة الإيطالية روما.");
        assertEquals(1, d.meetings().size(), d.meetings().toString());
        assertTrue(parties(d.meetings().get(0)).contains("Adel al-Jubeir"), parties(d.meetings().get(0)).toString());
        assertEquals(2, d.meetings().get(0).participants().size());
        assertEquals("Rome", d.meetings().get(0).place().label());
        assertEquals("2015-08-07", d.meetings().get(0).date().lexical());
    }

    @Test
    void aMeetingInsideWhatASpeakerReportsIsNotTheSpeakers() {
        // ar-snn-2015-08-06-2032: the spokesman reports that the envoy will meet Hadi; he meets no one
        Document d = extract("2015-08-06", "وقال المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي إن المبعوث في القاهرة."
                + " مشيرا إلى أن المبعوث الدولي سيذهب إلى الرياض حيث يلتقي الرئيس اليمني عبدربه منصور هادي.");
        assertTrue(d.meetings().stream().noneMatch(m -> parties(m).contains("أحمد فوزي")), d.meetings().toString());
    }

    @Test
    void asHeAlsoMetGoesOnWithTheSentencesSubjectNotTheLastNameOfAList() {
        // ar-snn-2015-08-07-129
        Document d = extract("2015-08-07", "ووصل وزير الخارجية السوري وليد المعلم مسقط قادما من طهران، وقد ناقش المعلم هذه الخطة مع"
                + " المسؤولين الإيرانيين، وبينهم الرئيس حسن روحاني، وأمين المجلس الأعلى للأمن القومي علي شمخاني، كما التقى في طهران"
                + " ممثل الرئيس الروسي لشؤون الشرق الأوسط نائب وزير الخارجية، ميخائيل بوغدانوف.");
        assertTrue(d.meetings().stream().anyMatch(m -> parties(m).containsAll(List.of("Walid Muallem", "Mikhail Bogdanov"))), d.meetings().toString());
        assertTrue(d.meetings().stream().noneMatch(m -> parties(m).contains("علي شمخاني")
                && parties(m).contains("Mikhail Bogdanov")), d.meetings().toString());
    }

    @Test
    void aGivenNameThatFoldsLikeAPrepositionIsANameAfterATitle() {
        // ar-ant-JA-politic-105-20170203: «علي», spelt with ي, is Ali, not «على» (on)
        Document d = extract("2017-02-03", "وقال الغنوشي: \"كان هناك لقاء مهم في مكتبي بين شخصيتين مهمتين أحمد أويحيى مدير ديوان الرئيس"
                + " بوتفليقة والشيخ علي الصلابي وهو شخصية مرموقة\".");
        assertTrue(d.meetings().stream().anyMatch(m -> parties(m).containsAll(List.of("أحمد أويحيى",
                "علي الصلابي"))), d.meetings().toString());
    }

    @Test
    void aMeetingNounWithOnePersonNamedAfterAnotherIsTheirMeeting() {
        // ar-snn-2015-07-24-733: «بلقاء دي ميستورا المعلم», De Mistura's meeting with al-Muallem
        Document d = extract("2015-07-24", "وقال المبعوث الدولي ستيفان دي ميستورا إن الجولة مستمرة. وأكد وزير الخارجية السوري وليد"
                + " المعلم أن الحل سياسي. وفيما يتعلق بلقاء دي ميستورا المعلم، قالت وكالة الأنباء السورية إن المبعوث الأممي قدم عرضا.");
        assertTrue(d.meetings().stream().anyMatch(m -> parties(m).containsAll(List.of("Staffan de Mistura", "Walid Muallem"))), d.meetings().toString());
        // one person alone after the noun is no meeting: «بعد لقاء المعلم» names no one he met
        Document e = extract("2015-07-24", "وقال المعلم بعد لقاء المعلم في دمشق إن الأجواء إيجابية.");
        assertTrue(e.meetings().isEmpty(), e.meetings().toString());
    }

    @Test
    void arrivingAtAPlaceIsAVisitReachingALevelIsNot() {
        // ar-snn-2015-07-24-733; ar-snn-2015-07-31-425 («وصل سعر اللتر إلى 30 سنتا», the price reached 30 cents)
        Document d = extract("2015-07-24", "وكان المبعوث الأممي ستيفان دي ميستورا قد وصل دمشق صباح أمس الخميس قادما من بيروت.");
        assertEquals(List.of("Visit"), d.events().stream().map(Event::type).toList());
        Document e = extract("2015-07-31", "حيث وصل سعر اللتر وقتها إلى 30 سنتا.");
        assertTrue(e.events().isEmpty(), e.events().toString());
    }

    @Test
    void ministersOfABodySpeakForItAndTheLateMeetNoOne() {
        // ar-snn-2015-07-22-79: the EU's foreign ministers speak for the EU
        Document d = extract("2015-07-22", "وقال وزراء خارجية دول الاتحاد الأوروبي في بيان ختامي لمناقشات في بروكسل، إن «الاتحاد سيواصل دعم أوكرانيا».");
        assertEquals("European Union Claim", TestArticles.speakersAndTypes(d));
        // ar-snn-2015-08-06-1860: ministers of no body we know are no one in focus; the late Prince Saud did not attend
        Document e = extract("2015-08-06", "وقال الامين العام للجامعة العربية نبيل العربي إن الوضع خطير. ودعا وزراء الخارجية ال15 في بيان"
                + " الى اجراء مشاورات عربية ودولية. وثمن وزراء خارجية لجنة مبادرة السلام العربية خلال اجتماع اللجنة بالقاهرة امس جهود"
                + " المغفور له \"بإذن الله\" صاحب السمو الملكي الأمير سعود الفيصل.");
        // «خطير» warns; the committee's ministers praise («وثمن») for the committee
        assertEquals("Nabil Elaraby Warning\nArab Peace Initiative Committee Support", TestArticles.speakersAndTypes(e));
        assertTrue(e.meetings().stream().noneMatch(m -> parties(m).stream().anyMatch(p -> p.contains("سعود"))), e.meetings().toString());
    }

    @Test
    void anAttackBeingPreparedHasNotHappened() {
        // seed 002_a64bfd7d8adc9861: «بالتحضير لهجوم عسكري» (of preparing an attack), left whole by the tokenizer
        Document d = extract("2022-02-01", "وتتهم الولايات المتحدة ودول غربية، روسيا بالتحضير لهجوم عسكري ضد أوكرانيا، وهو ما نفته الأخيرة"
                + " في مناسبات عدة.");
        assertTrue(d.events().isEmpty(), d.events().toString());
        // ar-snn-2015-08-09-160: an attack that happened
        Document e = extract("2015-08-09", "وإثر هذا الهجوم، أطلق الرئيس التركي رجب طيب إردوغان «حربا على الإرهاب».");
        assertTrue(e.events().stream().anyMatch(v -> v.type().equals("Attack")), e.events().toString());
    }

    @Test
    void aBodysSeatIsWhereTheyMetNotAParty() {
        // ar-snn-2015-08-06-1860: «خلال اجتماع في مقر الجامعة العربية بالقاهرة» — the League's headquarters, in Cairo
        Document d = extract("2015-08-06", "قرر وزراء خارجية الدول العربية الاعضاء في \"لجنة مبادرة السلام العربية\" خلال اجتماع في مقر الجامعة"
                + " العربية بالقاهرة الاربعاء حضره الرئيس الفلسطيني محمود عباس مطالبة مجلس الامن الدولي بتوفير \"حماية دولية\" للفلسطينيين.");
        Meeting m = d.meetings().stream().findFirst().orElseThrow(() -> new AssertionError("no meeting"));
        assertEquals(java.util.List.of("Arab Peace Initiative Committee", "Mahmoud Abbas"), parties(m).stream().sorted().toList());
        assertEquals("Cairo", m.place().labelEn());
    }
}
