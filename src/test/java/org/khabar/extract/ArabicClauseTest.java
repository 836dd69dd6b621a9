package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/**
 * Clause-level rules of Arabic statements, on real sentences of ar-ant-JA-politic-36-20170124 (published
 * 2017-01-24, when Sameh Shoukry was Egypt's foreign minister): a fronted subject resumed by fa-, participles that
 * add acts of the same speaker, a marker inside the content that is not the act, lexicon words that end a name.
 */
class ArabicClauseTest {
    private static Document extract(String text) {
        return extract("2017-01-24", text);
    }

    private static Document extract(String published, String text) {
        return TestArticles.extract("ar", published, text);
    }

    private static String show(Document d) {
        return TestArticles.speakersAndTypes(d);
    }

    @Test
    void aFrontedSubjectResumedByFaSpeaksAndItsParticipleAddsAnAct() {
        Document d = extract("أما وزير الخارجية المصري، فقد أكد خلال نفس اللقاء الصحفي، على \"ضرورة العمل على الرفع من معاناة"
                + " الشعب الليبي\"، معبرا عن تقديره \"للمجهودات التونسية لمساعدة الليبيين وفتح أراضيها أمامهم للحوار\".");
        assertEquals("Sameh Shoukry Call\nSameh Shoukry Support", show(d));
    }

    @Test
    void explainedThatThenDenyingAreTwoActsAndANecessityTalkedAboutIsNoDemand() {
        Document d = extract("وقال وزير الخارجية المصري إن اللقاء كان مهما. كما بين أن \"القضية الليبية تحظى برؤية مشتركة وتوافق"
                + " حول ضرورة استقرار هذا البلد\"، نافيا أن يكون هناك اختلاف في المواقف بين تونس ومصر بشأن هذه القضية.");
        assertEquals("Sameh Shoukry Claim\nSameh Shoukry Claim\nSameh Shoukry Denial", show(d));
    }

    @Test
    void aVerbAndATriggerAfterATitleAreNoName() {
        Document d = extract("يذكر أن وزير الخارجية المصري يؤدي زيارة إلى تونس بيومين، في إطار الدورة 13 للجنة التشاور السياسي التونسية المصرية.");
        assertTrue(d.mentions().stream().flatMap(java.util.List::stream)
                .noneMatch(m -> m.actor().labelAr() != null && m.actor().labelAr().contains("\u064a\u0624\u062f\u064a")),
                d.mentions().toString());
    }

    @Test
    void itIsOnThemToIsADemandButStressingOnIsNot() {
        // ar-snn-2015-08-06-1860: «أنه على الحكومة الإسرائيلية أن تعترف» (it is on the government to admit)
        Document d = extract("2015-08-06", "وقال الرئيس الفلسطيني محمود عباس إن الاستيطان مستمر. وأكد أنه على الحكومة الإسرائيلية أن تعترف"
                + " بجرائمها. وأكد عباس على أهمية المصالحة الفلسطينية.");
        assertEquals("Mahmoud Abbas Claim\nMahmoud Abbas Demand\nMahmoud Abbas Claim", show(d));
    }

    @Test
    void aNameEndsBeforeALexiconNounInTheAccusative() {
        // ar-snn-2015-08-09-771: «باولو جينتيلوني مؤتمرًا صحافيًا» — the name is two words, «مؤتمرًا» is a press conference
        Document d = extract("2015-08-09", "عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا صحافيًا مشتركًا"
                + " عقب المباحثات التي جرت بينهما أول من أمس في العاصمة الإيطالية روما.");
        assertTrue(d.mentions().get(0).stream().anyMatch(m -> m.actor().label().equals("\u0628\u0627\u0648\u0644\u0648 \u062c\u064a\u0646\u062a\u064a\u0644\u0648\u0646\u064a")),
                d.mentions().toString());
    }

    @Test
    void aPersonAfterABareTitleSpeaks() {
        // «قال الرئيس بوتين»: the title is the person's own, not a word governing them
        assertEquals("Vladimir Putin Call", show(extract("2022-04-26", "وقال الرئيس بوتين إن الحوار ضروري.")));
    }

    @Test
    void heShowedThatIsAClaimAndACallToResolveTheCrisisIsForAPoliticalSolution() {
        // ar-snn-2015-08-09-771
        Document d = extract("2015-08-09", "عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا صحافيًا مشتركًا."
                + " من جانبه أبان وزير الخارجية الإيطالي أن المباحثات التي جرت وجدت تطابقا في جميع القضايا."
                + " وأشار إلى أن المباحثات تطرقت إلى الملف السوري، داعيا إلى إعطاء الفرصة لمبعوث الأمم المتحدة إلى سورية، وأن حل الأزمة"
                + " هناك يتطلب الرجوع إلى بيان جنيف.");
        Statement call = d.statements().stream().filter(s -> s.type().equals("Call")).findFirst().orElseThrow(() -> new AssertionError(show(d)));
        assertEquals("\u0628\u0627\u0648\u0644\u0648 \u062c\u064a\u0646\u062a\u064a\u0644\u0648\u0646\u064a", call.speaker().label());
        assertEquals(java.util.List.of("political-solution"), call.topics());
    }

    @Test
    void hisSayingIsThePersonsJustNamedNeverTheQuotingAgencys() {
        // ar-snn-2015-08-07-129 and ar-snn-2015-07-27-149
        Document d = extract("2015-08-07", "ونقلت وكالة الأنباء الإيرانية «إرنا» عن الرئيس الإيراني حسن روحاني، قوله خلال استقباله وليد المعلم،"
                + " بأن «طريق الحل لمشكلة سوريا هو الحل السياسي فقط». ونقلت عنه وكالة الصحافة الفرنسية قوله إن تركيا «من حقها"
                + " القيام بأعمال ضد أهداف إرهابية».");
        assertEquals("Hassan Rouhani Claim", show(d));
        assertEquals(java.util.List.of("political-solution"), d.statements().get(0).topics());
    }

    @Test
    void aMeetingAnchorAfterATitleIsNoName() {
        // ar-snn-2015-08-03-607: «وزير الخارجية القطري عقب عقد الاجتماع» (after the meeting was held)
        Document d = extract("2015-08-03", "وأعلن جون كيري في مؤتمر صحفي مشترك مع وزير الخارجية القطري عقب عقد الاجتماع المشترك مع وزراء"
                + " خارجية دول مجلس التعاون لدول الخليج العربية أن حواره مع وزراء الخليج كان مثمرا.");
        assertTrue(d.mentions().get(0).stream().noneMatch(m -> m.actor().label().startsWith("\u0639\u0642\u0628")), d.mentions().toString());
    }

    @Test
    void aTitleMentionLendsNoSurname() {
        // «العربية» ends the title «وزير خارجية جمهورية مصر العربية»: it is no surname of the minister
        Document d = extract("مثلت القضايا السياسية العربية أبرز محاور اللقاء الذي جمع رئيس مجلس نواب الشعب، محمد الناصر،"
                + " بوزير خارجية جمهورية مصر العربية، حسن شكري.");
        assertTrue(d.mentions().get(0).stream().noneMatch(m -> m.tokenStart() < 5 && m.actor().kind() == ActorKind.Person),
                d.mentions().toString());
    }

    @Test
    void theOneAskedAfterAVerbalNounIsNoSpeaker() {
        // ar-snn-2015-08-06-1860: the committee decided to ask the Security Council; the Council asks nothing
        Document d = extract("قرر وزراء خارجية الدول العربية الاعضاء في \"لجنة مبادرة السلام العربية\" خلال اجتماع في مقر الجامعة"
                + " العربية بالقاهرة الاربعاء حضره الرئيس الفلسطيني محمود عباس مطالبة مجلس الامن الدولي بتوفير \"حماية دولية\" للفلسطينيين.");
        assertEquals("", show(d));
    }

    @Test
    void aCityAfterCapitalAndNationalityIsTheMeetingsScene() {
        // ar-snn-2015-08-07-129
        Document d = extract("وسبق زيارة وليد المعلم إلى طهران، جولة مباحثات ثلاثية ضمت وزير الخارجية الأميركي جون كيري، والروسي سيرجي"
                + " لافروف، والسعودي عادل الجبير، في العاصمة القطرية الدوحة، تركزت على حل القضية السورية.");
        Meeting m = d.meetings().stream().filter(x -> x.participants().size() == 3).findFirst().orElseThrow(() -> new AssertionError(d.meetings()));
        assertEquals("Doha", m.place().label());
    }

    @Test
    void aNameAfterWhereTheOfficeSitsIsThePersonNotTheOfficeHolder() {
        // ar-snn-2015-08-06-262: the UN spokesman in Geneva is Ahmad Fawzi, not the spokesman in New York
        Document d = extract("2015-08-06", "وبدوره، كشف المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي أمس أن المبعوث الأممي ولد الشيخ أحمد التقى نبيل العربي."
                + " ونفى فوزي أن يكون ولد الشيخ أحمد ناقش إمكانية التفاوض على خروج صالح من اليمن.");
        assertEquals("\u0623\u062d\u0645\u062f \u0641\u0648\u0632\u064a Claim\n\u0623\u062d\u0645\u062f \u0641\u0648\u0632\u064a Denial", show(d));
    }

    @Test
    void aTitleThenWhereItIsHeldThenAnAbbreviatedHonorificNameTheHolder() {
        // ar-snn-2015-08-07-872: «المستشار» alone was Ihab Suleiman; the cultural counsellor in the Kingdom is someone else
        Document d = extract("2015-08-07", "وحضر الحفل المستشار ايهاب سليمان والقنصل العام د. اشرف شيحة."
                + " وفي هذه الاحتفالية دعا المستشار الثقافي المصري بالمملكة أ. د. محمد عثمان الخشت المصريين من أجل التكاتف.");
        assertTrue(d.roles().stream().anyMatch(r -> r.person().label().equals("محمد عثمان الخشت")
                && r.title().equals("المستشار الثقافي") && "Egypt".equals(r.of().label())), d.roles().toString());
        assertTrue(d.statements().stream().noneMatch(st -> st.speaker().label().contains("ايهاب")), show(d));
    }

    @Test
    void aVerbJoinedToTheSentencesOpeningVerbSharesItsSubject() {
        // ar-snn-2015-07-24-733: «استعرض» (reviewed) says nothing; «وجدد دعم» (and renewed support) is al-Muallem's
        Document d = extract("2015-07-24", "واستعرض الوزير المعلم تطورات الأوضاع في سوريا وجدد دعم جهود المبعوث الخاص نحو التوجه إلى حل سياسي.");
        assertEquals("Walid Muallem Support", show(d));
        assertEquals(java.util.List.of("political-solution"), d.statements().get(0).topics());
        // ar-snn-2015-07-31-425: «وكان رئيس الحكومة الفرنسي مانويل فالس … التقى ممثلين …، ودعا لعدم تعطيل الاقتصاد»
        Document e = extract("2015-07-31", "وكان رئيس الحكومة الفرنسي مانويل فالس الذي قام بزيارة إلى منطقة بوردو، التقى ممثلين عن نقابة"
                + " المزارعين، ودعا لعدم تعطيل الاقتصاد الفرنسي.");
        assertEquals("مانويل فالس Call", show(e));
    }

    @Test
    void theHeadOfABodyOrAPrepositionOnACommonWordIsNoPartOfANameAfterATitle() {
        // ar-snn-2015-08-06-2406: «جهود اللجنة» (the committee's efforts) is no Palestinian president
        Document d = extract("2015-08-06", "قال الرئيس الفلسطيني محمود عباس إن الحكومة الإسرائيلية مسؤولة. وثمن الرئيس الفلسطيني جهود اللجنة"
                + " الرباعية العربية بالتحرك في مجلس الأمن، وقال: ننتظر نتائج تحركها خلال الفترة المقبلة.");
        // «وثمن» (he praised) supports
        assertEquals("Mahmoud Abbas Claim\nMahmoud Abbas Support\nMahmoud Abbas Claim", show(d));
        // ar-snn-2015-08-04-821: «قال الوزير بهذا الخصوص» (the minister said in this regard) names no one called «بهذا الخصوص»
        Document e = extract("2015-08-04", "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مفيدة. وقال الوزير بهذا الخصوص: نعم، نحن نقدم"
                + " دعما عسكريا تقنيا للحكومة السورية.");
        assertTrue(d.mentions().stream().flatMap(java.util.List::stream).noneMatch(m -> m.actor().label().contains("جهود")));
        assertTrue(e.mentions().stream().flatMap(java.util.List::stream).noneMatch(m -> m.actor().label().contains("بهذا")), show(e));
    }

    @Test
    void aMemberIsATitleAndAnIndefiniteNounAfterATitleIsNoName() {
        // ar-snn-2015-07-24-733: «هادي البحرة عضو وفد الائتلاف», between the verb and his title, is the coalition's Hadi al-Bahra
        Document d = extract("2015-07-24", "والتي وصفها هادي البحرة عضو وفد الائتلاف بـ«الإيجابية».. وقال لـ«الشرق الأوسط» إنه تم التوافق على"
                + " الأمور الأساسية.");
        // and «وقال لـ«الشرق الأوسط»», li- written apart before the paper's name, is his next statement
        assertEquals("هادي البحرة Claim\nهادي البحرة Claim", show(d));
        // ar-snn-2015-08-02-393: «بياناً شديد اللهجة» (a strongly worded statement) after a title is no person
        Document e = extract("2015-08-02", "وأصدرت دائرة شؤون اللاجئين برئاسة الدكتور ياسر الوادية عضو الإطار القيادي لمنظمة التحرير بياناً شديد"
                + " اللهجة تؤكد رفضها التعديل الوزاري.");
        assertTrue(e.mentions().stream().flatMap(java.util.List::stream).noneMatch(m -> m.actor().label().contains("بيان")), show(e));
    }

    @Test
    void whatSomeoneDidDuringTheEventTheyHeldIsTheirsAndBiNeverStandsOnAVerb() {
        // ar-ant-JA-politic-36-20170124: «عقد … خميس الجهيناوي، لقاء صحفيا …، أكد خلاله أنه»
        Document d = extract("2017-01-24", "يشار إلى أنه، إثر افتتاح اجتماعات هذه اللجنة، عقد وزير الشؤون الخارجية، خميس الجهيناوي، لقاء صحفيا"
                + " مشتركا مع الوزير المصري، أكد خلاله أنه تم الاتفاق على دعم الحوار، مشددا على أن تونس \"منحازة لليبيا، وليس لأي طرف ليبي\".");
        assertEquals("Khemaies Jhinaoui Claim\nKhemaies Jhinaoui Claim", show(d));
        // ar-snn-2015-07-27-91: «بحثا خلاله» is they discussed during it, not bi- + «حثا» (they urged)
        Document e = extract("2015-07-26", "وتلقى خادم الحرمين الشريفين اتصالاً هاتفيًا أمس من الرئيس اليمني عبد ربه منصور هادي، بحثا خلاله"
                + " تطورات الأوضاع في الساحة اليمنية.");
        assertEquals("", show(e));
        // ar-snn-2015-08-04-752: «نتطلع بأمل أن» (we look forward with hope) hopes
        Document f = extract("2015-08-04", "وقال وزير الخارجية القطري خالد العطية: نتطلع بأمل أن يؤدي الاتفاق النووي إلى الاستقرار.");
        assertEquals("Khalid al-Attiyah Hope", show(f));
    }

    @Test
    void operationsLaunchedByTwoSidesAreTwoEvents() {
        // ar-ant-JA-internationalNews-713-20170415
        Document d = extract("2017-04-15", "وأعلن الجيش الليبي الذي يقوده المشير خليفة حفتر في منتصف شهر مارس الماضي إطلاق عملية عسكرية واسعة لاستعادة قاعدة"
                + " تمنهنت الجوية جنوبي البلاد. في المقابل، أطلقت وزارة الدفاع بحكومة الوفاق الليبية قبل أسبوعين عملية عسكرية واسعة"
                + " لمواجهة الجيش الوطني في جنوب البلاد. واطلق على هذه العملية اسم \"الرمال المتحركة\".");
        assertEquals(2, d.events().stream().filter(e -> e.type().equals("MilitaryOperation")).count(), d.events().toString());
    }

    private static final String DEMIRTAS = "وقال دمرطاش «ندعو الجانبين، اليوم يجب أن يرفع حزب العمال الكردستاني إصبعه فورا عن الزناد"
            + " ويعلن التزامه بوقف إطلاق النار». ";

    @Test
    void aNameBetweenTheSpeechVerbAndATitleIsAPerson() {
        // ar-snn-2015-08-09-160
        Document d = extract("2015-08-09", DEMIRTAS + "وقال يالجين أكدوجان نائب رئيس الوزراء التركي إن الدولة تواصل مباحثاتها من أوجلان."
                + " وأضاف أن «انسحابهم من تركيا والوقف التام للأنشطة بات ضرورة الآن».");
        Statement last = d.statements().get(d.statements().size() - 1);
        assertEquals("\u064a\u0627\u0644\u062c\u064a\u0646 \u0623\u0643\u062f\u0648\u062c\u0627\u0646", last.speaker().label());
        assertEquals(java.util.List.of("withdrawal"), last.topics(), "«انسحابهم» is their withdrawal");
        assertTrue(d.roles().stream().anyMatch(r -> r.person().equals(last.speaker()) && "Turkey".equals(r.of().label())));
    }

    @Test
    void someoneWeCannotNameTakesTheFloorFromTheSpeakerInFocus() {
        Document d = extract("2015-08-09", DEMIRTAS + "وقال يالجين أكدوجان إن الدولة تواصل مباحثاتها من أوجلان. وأضاف أن «انسحابهم من تركيا بات ضرورة الآن».");
        int lastSentence = d.sentences().size() - 1;
        assertTrue(d.statements().stream().noneMatch(st -> st.evidence().sentenceStart() == d.sentences().get(lastSentence).getStart()
                && st.speaker().label().contains("\u062f\u0645\u0631\u0637\u0627\u0634")), show(d));
    }

    @Test
    void butHeAfterAQuotationIsTheOneQuotedAndAfterASentenceTheSpeakerInFocus() {
        // ar-snn-2015-08-07-129: «لكنه حذر» right after al-Muallem's quoted words is his second act, a warning
        Document d = extract("2015-08-07", "ونقل التلفزيون السوري عن وزير الخارجية السوري وليد المعلم قوله إن «سوريا تدعم أي جهود"
                + " للتصدي لتنظيم داعش إذا جرت بالتنسيق مع دمشق»، لكنه حذر من خرق السيادة السورية.");
        assertTrue(show(d).endsWith("Walid Muallem Warning"), show(d));
        // ar-snn-2015-08-04-926: «لكنه أضاف» after a denial, with no quotation, is the denier's (the speaker in focus),
        // and what he added relays an act of al-Araby's, which is al-Araby's
        d = extract("2015-08-04", "وبدوره، كشف المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي أمس أن المبعوث التقى بالأمين العام."
                + " ونفى فوزي أن يكون ولد الشيخ أحمد ناقش إمكانية التفاوض على خروج صالح من اليمن لكنه أضاف أن"
                + " نبيل العربي أبلغ المبعوث أن الجامعة العربية ستدرس مراقبة وقف لإطلاق النار في اليمن.");
        assertTrue(show(d).endsWith("أحمد فوزي Denial\nNabil Elaraby Claim"), show(d));
    }

    @Test
    void butHeAfterAnActOfTheSameSentenceIsThatActsSpeakerNotTheLastSentencesSpeaker() {
        // ar-snn-2015-08-06-338: the sentence before has another speaker (Hisham Marwa); «لكنه حذر» follows
        // al-Muallem's reported words, unquoted, in the same sentence
        Document d = extract("2015-08-06", "وأكد نائب رئيس الائتلاف السوري هشام مروة أن «لا شيء الآن في الأفق». في غضون ذلك، نقل"
                + " التلفزيون السوري عن وزير الخارجية وليد المعلم قوله أمس إن سوريا تدعم أي جهود للتصدي لتنظيم داعش إذا جرت"
                + " بالتنسيق مع دمشق، لكنه حذر من خرق السيادة السورية.");
        assertTrue(show(d).endsWith("Walid Muallem Claim\nWalid Muallem Warning"), show(d));
    }

    @Test
    void aVerbWhoseSubjectIsAnUnnamedBodyIsNotTheSpeakerInFocus() {
        // ar-snn-2015-08-09-985: «واعلنت الحكومة …» names its own subject, the government, which is no actor;
        // the minister quoted before it has not announced anything
        Document d = extract("2015-08-09", "وقال وزير الخارجية السعودي عادل الجبير خلال مؤتمر صحافي مع نظيره الإيطالي في روما: \"نحن ما"
                + " زلنا نؤمن بأن المخرج الوحيد للأزمة في اليمن هو الحل السياسي\".\nواعلنت الحكومة الشهر الماضي انها \"حررت\" عدن.");
        assertEquals("Adel al-Jubeir Claim", show(d));
    }

    @Test
    void whatTheContentSaysTypesAGenericAct() {
        // ar-snn-2015-08-06-1860: «قال … إن الحكومات الإسرائيلية ارتكبت 11 ألف جريمة» accuses;
        // ar-snn-2015-08-09-160: «سيكون خطيرا …» warns
        Document d = extract("2015-08-06", "وقال الرئيس الفلسطيني محمود عباس في كلمته: إن الحكومات الإسرائيلية ارتكبت 11 ألف جريمة منذ عام 2004.");
        assertEquals("Mahmoud Abbas Accusation", show(d));
        d = extract("2015-08-09", "وقال وزير الخارجية الألماني فرانك فالتر شتاينماير: «سيكون خطيرا بالنسبة لتركيا والمنطقة إذا أدت الصراعات إلى ذلك».");
        assertEquals("Frank-Walter Steinmeier Warning", show(d));
    }

    @Test
    void twoPartiesWhoSpeakAsOneMakeAStatementEach() {
        // ar-snn-2015-07-25-120: «أعلن كل من X و Y» names both; «الطرفان», «تأكيدهما» and the dual «وطالبا» refer back
        Document d = extract("2015-07-25", "أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة السورية»،"
                + " أمس، التوصّل إلى «خارطة طريق» لإنقاذ سوريا. وشدد الطرفان على الشراكة الوطنية لجميع السوريين."
                + " وطالبا الأمم المتحدة بالعمل بجدية لاستئناف مفاوضات جنيف.");
        String ncb = "National Coordination Body for Democratic Change", snc = "National Coalition for Syrian Revolutionary and Opposition Forces";
        assertEquals(String.join("\n", ncb + " Announcement", snc + " Announcement", ncb + " Claim", snc + " Claim",
                ncb + " Demand", snc + " Demand"), show(d));
        // a list of three is no pair, and «الطرفان» with no pair set up names no one
        d = extract("2015-07-25", "أعلن كل من روسيا وإيران وتركيا التوصل إلى اتفاق. وشدد الطرفان على الشراكة.");
        assertEquals("", show(d).lines().filter(l -> l.endsWith("Claim")).reduce("", String::concat));
    }

    @Test
    void aStatementIsDatedByItsOwnDateNotByADateItReports() {
        // ar-snn-2015-08-04-752: «أوضح العطية أن الاجتماع الذي تم مع كيري أمس …»: yesterday is the meeting's day
        Document d = extract("2015-08-04", "وأوضح وزير الخارجية القطري خالد العطية أن الاجتماع الذي تم مع كيري أمس هو استكمال للاجتماع السابق.");
        assertEquals("Khalid al-Attiyah Claim", show(d));
        assertEquals(null, d.statements().get(0).date());
        // ar-ant-JA-politic-156-20160810: «نفى الحمامي، في تصريح لـ"القدس العربي" اليوم الأربعاء، ما …»: the denial's own day,
        // though a newspaper's name in quotation marks comes before it
        d = extract("2016-08-10", "ونفى وزير الخارجية التونسي خميس الجهيناوي، في تصريح لـ\"القدس العربي\" اليوم الأربعاء، ما أوردته بعض الصحف.");
        assertEquals("2016-08-10", d.statements().get(0).date().lexical());
    }

    @Test
    void aGivenNameThatIsAlsoSomeonesAliasIsNotThemBeforeAnUnknownSurname() {
        // ar-snn-2015-07-26-141: «صرح هادي البحرة الرئيس السابق للائتلاف …» is Hadi al-Bahra, not Yemen's president Hadi
        Document d = extract("2015-07-26", "صرح هادي البحرة الرئيس السابق للائتلاف السوري لقوى المعارضة الوطنية بأن المعارضة السورية موحدة.");
        assertEquals("هادي البحرة Claim", show(d));
        // the president's alias still stands before a word the name finder's data knows well
        d = extract("2015-07-26", "وقال هادي إن الحكومة ستعود إلى عدن.");
        assertEquals("Abdrabbuh Mansur Hadi Claim", show(d));
    }

    @Test
    void anInvitationReceivedIsNoCallOfTheOneWhoReceivesIt() {
        // ar-snn-2015-07-27-1195: «وتلقى ولد أحمد دعوة لزيارة محافظة عدن»: «دعوة» (ة) is a noun, not «دعوه» (they called him)
        Document d = extract("2015-07-27", "واجتمع الرئيس اليمني مع المبعوث الأممي إسماعيل ولد الشيخ أحمد في الرياض."
                + " وتلقى ولد أحمد دعوة لزيارة محافظة عدن بعد تحريرها.");
        assertEquals("", show(d));
    }

    @Test
    void toStressOnesSupportIsToSupport() {
        // ar-snn-2015-08-04-752: «أكد دعم بلاده للمعارضة "المعتدلة"»
        Document d = extract("2015-08-04", "وأشار كيري إلى ضرورة إيجاد حل سياسي في سورية، وأكد دعم بلاده للمعارضة \"المعتدلة\" فيها"
                + " والحرب على تنظيم داعش.");
        assertTrue(show(d).endsWith("John Kerry Support"), show(d));
    }

    @Test
    void unacceptableCriticisesAndANewspapersNameInQuotationMarksOpensNoContent() {
        // ar-snn-2015-08-09-160: «قال في تصريحات لصحيفة «ميليت» نشرت أمس إن «التصريحات … غير مقبولة»»
        Document d = extract("2015-08-09", "وقال يالجين أكدوجان نائب رئيس الوزراء التركي إن الدولة تواصل مباحثاتها. وقال في تصريحات لصحيفة"
                + " «ميليت» نشرت أمس إن «التصريحات التكتيكية لحزب العمال الكردستاني بشأن وقف العنف غير مقبولة».");
        assertTrue(show(d).endsWith("Criticism"), show(d));
        assertEquals("2015-08-08", d.statements().get(d.statements().size() - 1).date().lexical());
    }

    @Test
    void aParticipleThatOpensASentenceGoesOnWithTheLastSpeaker() {
        // ar-snn-2015-08-07-129: «… سنستخدم كل طاقاتنا». معربًا عن أمله في أن يتم إرساء الأمن والاستقرار التام في سوريا»
        Document d = extract("2015-08-07", "ونقلت وكالة الأنباء الإيرانية عن الرئيس الإيراني حسن روحاني قوله إن «طريق الحل لمشكلة سوريا هو"
                + " الحل السياسي فقط». معربًا عن أمله في أن يتم إرساء الأمن والاستقرار التام في سوريا في القريب العاجل.");
        assertEquals("Hassan Rouhani Claim\nHassan Rouhani Hope", show(d));
    }

    @Test
    void aSecondRelativeOfTheSameFormStacksOnTheFirstOnesNoun() {
        // ar-snn-2015-07-24-733: the initiative Putin launched calls («المبادرة التي أطلقها … بوتين التي تدعو»), not Putin
        Document d = extract("2015-07-24", "أبلغ وزير الخارجية السوري وليد المعلم المبعوث الأممي ستيفان دي ميستورا تمسك النظام السوري"
                + " بالمبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين التي تدعو إلى «قيام جهد إقليمي للقضاء على الإرهاب».");
        assertEquals("Walid Muallem Support", show(d));
        // ar-snn-2015-07-27-149: a relative right after a person is theirs
        Document e = extract("2015-07-27", "كما بحث داود أوغلو الوضع مع المستشارة الألمانية أنجيلا ميركل التي دعت الحكومة التركية إلى عدم"
                + " التخلي عن عملية السلام مع الأكراد.");
        assertEquals("Angela Merkel Call", show(e));
    }

    @Test
    void aNameAfterATitleThatRunsIntoAKnownSurnameIsThatPersonsFullName() {
        // ar-snn-2015-08-04-662: «خالد بن محمد العطية» is Khalid al-Attiyah, named before as «خالد العطية»
        Document d = extract("2015-08-04", "وقال الوزير خالد العطية في مؤتمر صحافي ان الاتفاق مهم. وأكد وزير الخارجية القطري خالد بن محمد"
                + " العطية في افتتاح اجتماع المجلس انه يجب حماية الشرق الاوسط.");
        assertEquals("Khalid al-Attiyah Claim\nKhalid al-Attiyah Demand", show(d));
        assertTrue(d.roles().stream().anyMatch(r -> r.person().label().equals("Khalid al-Attiyah") && r.of() != null
                && r.of().label().equals("Qatar")), d.roles().toString());
    }

    @Test
    void aVerbalNounAfterATitleIsNoName() {
        // ar-snn-2015-07-24-1336: «وزير الخارجية المصري تمتين العلاقات» is the Egyptian minister and strengthening relations
        Document d = extract("2015-07-24", "وأوضح وزير الخارجية الأستاذ عادل بن أحمد الجبير أن لقاء وزير الخارجية المصري سامح شكري كان مثمرا."
                + " وأشار الجبير إلى أنه بحث خلال لقائه وزير الخارجية المصري تمتين العلاقات الثنائية بين البلدين وتكثيفها."
                + " وقال وزير الخارجية المصري إن زيارته للمملكة تأتي بتكليف من الرئيس.");
        assertTrue(d.mentions().stream().flatMap(java.util.List::stream).noneMatch(m -> m.actor().label().contains("تمتين")),
                d.mentions().toString());
        assertTrue(show(d).endsWith("Sameh Shoukry Claim"), show(d));
    }

    @Test
    void aNameAfterATitleStopsAtAWordNeverSeenInANameAndABodyThereIsTheBody() {
        // ar-snn-2015-08-06-2430: «رينس بريبوس الاجراءات» (Priebus condemned the measures)
        Document d = extract("2015-08-06", "ودان رئيس الحزب الجمهوري رينس بريبوس الاجراءات، معتبرا أنه قد يكون لها \"عواقب مدمرة على الاقتصاد\".");
        assertEquals(java.util.List.of("رينس بريبوس"), d.mentions().get(0).stream().map(m -> m.actor().label()).toList());
        // ar-ant-JA-internationalNews-32-20170122: «تيريزا ماي أول زعيمة أجنبية» (the first foreign leader)
        Document e = extract("2017-01-22", "ستكون رئيسة الوزراء البريطانية تيريزا ماي أول زعيمة أجنبية تزور الرئيس الأمريكي.");
        // (the American president, a title alone, is the one in office that day)
        assertEquals(java.util.List.of("تيريزا ماي", "Donald Trump"), e.mentions().get(0).stream()
                .filter(m -> m.actor().kind() == ActorKind.Person).map(m -> m.actor().label()).toList());
        // ar-snn-2015-08-02-393: the Islamic Jihad's spokesman speaks for it; «حركة الجهاد» is no person
        Document f = extract("2015-08-02", "بدوره أكد الناطق باسم حركة الجهاد الإسلامي -داود شهاب- أن أي خطوة خارج التوافق الوطني مرفوضة.");
        assertEquals("حركة الجهاد الإسلامي Claim", show(f));
        assertEquals(ActorKind.Organization, f.statements().get(0).speaker().kind());
    }

    @Test
    void andLeftOnACommonWordAfterATitleOpensNoName() {
        // ar-snn-2015-08-02-393: «وزير التربية والتعليم العالي» is one portfolio, not a minister called «والتعليم العالي»
        Document d = extract("2015-08-02", "الوزراء الجدد هم: د. صبري صيدم وزير التربية والتعليم العالي، د. سفيان سلطان وزير الزراعة.");
        assertTrue(d.mentions().get(0).stream().noneMatch(m -> m.actor().label().contains("والتعليم")), d.mentions().toString());
    }
}
