package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/**
 * What an Arabic act is about: «تحدث عن» (spoke about) is a statement and «تحدث مع» (talked with) is not; what
 * someone is told comes right after who is told; solidarity and adherence support. Real sentences, ids cited.
 */
class ArabicContentTest {
    private static Document extract(String published, String text) {
        return TestArticles.extract("ar", published, text);
    }

    private static String show(Document d) {
        return TestArticles.speakersAndTypes(d);
    }

    @Test
    void spokeAboutIsAStatementAndPutsTheSpeakerInFocus() {
        // ar-snn-2015-08-11-1281: the «وقال» after it is al-Jubeir's, not Lavrov's who spoke two sentences before
        Document d = extract("2015-08-11", "وقال لافروف إنه والجبير سيجريان المزيد من المحادثات بشأن الوضع في منطقة الشرق الأوسط."
                + " تحدث الجبير كذلك عن التحسن في العلاقات بين البلدين بعد اجتماع سان بطرسبرج."
                + " وقال \"هناك العديد من الأمور والقضايا ذات الاهتمام المشترك بين البلدين\".");
        assertEquals("Sergey Lavrov Claim\nAdel al-Jubeir Claim\nAdel al-Jubeir Claim", show(d));
    }

    @Test
    void havingNothingToDoWithItDeniesButOnlyWhereTheContentOpens() {
        // seed 000_fd1355c3401903b1: the army had nothing to do with Bucha
        Document d = extract("2022-04-26", "وتابع بوتين: \"كان هناك استفزاز في قرية بوتشا لم يكن للجيش الروسي علاقة به."
                + " نعرف من كان وراء هذا الاستفزاز\".");
        assertEquals("Vladimir Putin Denial", show(d));
        // ar-ant-JA-internationalNews-31-20170122: those with nothing to do with the region come late in what he added
        Document e = extract("2017-01-22", "وأضاف أردوغان أن تركيا هي الدولة الأقوى والحاسمة بمنطقة الشرق الأوسط، وأن إقدام من لا علاقة"
                + " لهم بهذه المنطقة على اتخاذ قرار بحقها يتضمن خطأ تاريخياً.");
        assertEquals("Recep Tayyip Erdoğan Claim", show(e));
    }

    @Test
    void holdingSomeoneResponsibleAccusesButBearingResponsibilityDoesNot() {
        // ar-snn-2015-08-06-1860
        Document d = extract("2015-08-06", "وحمّل الرئيس الفلسطيني محمود عباس \"أبو مازن\" الحكومة الإسرائيلية المسؤولية الكاملة عن الجرائم التي"
                + " يرتكبها المستوطنون.");
        assertEquals("Mahmoud Abbas Accusation", show(d));
        // ar-snn-2015-07-31-425 has «تحمل هذه المسؤولية من أجل مستقبل البلاد»: bearing it blames no one
        Document e = extract("2015-07-31", "وقال الرئيس الفلسطيني محمود عباس إن على الجميع تحمل هذه المسؤولية من أجل مستقبل البلاد.");
        assertEquals("Mahmoud Abbas Claim", show(e));
    }

    @Test
    void whatTheLetterSaysIsItsSendersAndACrossheadRunIntoTheParagraphLeavesTheSubjectDropped() {
        // ar-ant-JA-internationalNews-713-20170415: «وجاء في الرسالة» (the letter said), then «تصعيد مفاجئ وأضاف أن»
        Document d = extract("2017-04-15", "طالب رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج، منظمات المجتمع الدولي"
                + " بـ\"التدخل العاجل\". ووجه السراج \"رسالة مفتوحة\" بهذا الشأن الى الأمين العام لجامعة الدول العربية. وجاء في الرسالة ،"
                + " \"نخاطبكم اليوم ويحدونا الأمل، أن تلعب منظماتكم الموقرة الدور المنوط بها\". تصعيد مفاجئ وأضاف أن \"التصعيد العسكري"
                + " المفاجئ يضع البلاد على حافة حرب أهلية\".");
        assertEquals("فائز السراج Demand\nفائز السراج Claim\nفائز السراج Claim", show(d));
    }

    @Test
    void theSpeakersOwnCountrySupportingIsTheirSupportAnotherCountrysIsNot() {
        // ar-snn-2015-08-07-129: the Syrian foreign minister says Syria supports any effort against ISIS
        String minister = "التقى وزير الخارجية السوري وليد المعلم نظيره العماني في مسقط. ";
        Document d = extract("2015-08-07", minister + "ونقل التلفزيون السوري عن المعلم قوله إن «سوريا تدعم أي جهود للتصدي لتنظيم داعش»،"
                + " لكنه حذر من خرق السيادة السورية.");
        assertTrue(show(d).startsWith("Walid Muallem Support"), show(d));
        Document e = extract("2015-08-07", minister + "ونقل التلفزيون السوري عن المعلم قوله إن «تركيا تدعم الجماعات المسلحة».");
        assertEquals("Walid Muallem Claim", show(e));
    }

    @Test
    void talkedWithIsAConversationNotAStatement() {
        // ar-ant-JA-internationalNews-32-20170122
        Document d = extract("2017-01-22", "وتحدث ترامب أيضا مع رئيس الوزراء الكندي جاستن ترودو حول التعاون والتجارة.");
        assertEquals("", show(d));
    }

    @Test
    void whatSomeoneIsToldFollowsThemAndAdherenceSupports() {
        // ar-snn-2015-07-24-733: the content is «تمسك النظام السوري بالمبادرة», not the quotation further on
        Document d = extract("2015-07-24", "أبلغ وزير الخارجية السوري وليد المعلم المبعوث الأممي ستيفان دي ميستورا تمسك النظام"
                + " السوري بالمبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين.");
        assertEquals("Walid Muallem Support", show(d));
        assertEquals("Staffan de Mistura", d.statements().get(0).addressee().label());
    }

    @Test
    void stressingSolidarityIsSupport() {
        // ar-snn-2015-08-09-771
        Document d = extract("2015-08-09", "عقد وزير الخارجية عادل الجبير، ووزير الخارجية الإيطالي باولو جينتيلوني مؤتمرًا"
                + " صحافيًا مشتركًا في العاصمة الإيطالية روما. من جانبه أبان وزير الخارجية الإيطالي أن المباحثات التي جرت وجدت تطابقًا في جميع"
                + " القضايا التي بُحثت، مؤكدًا تضامن إيطاليا مع المملكة في جهودها كافة لمحاربة الإرهاب.");
        assertEquals("باولو جينتيلوني Claim\nباولو جينتيلوني Support", show(d));
        Statement second = d.statements().get(1);
        assertEquals("Support", second.type());
        assertEquals(java.util.List.of("counter-terrorism"), second.topics());
    }

    @Test
    void heAddedSayingIsTheSpeakerInFocusAndTheContentOpensAfterALongPreamble() {
        // ar-snn-2015-08-09-160: «قائلا» (saying) is no name; «إن» comes 30 words after the verb
        Document d = extract("2015-08-09", "دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي حزب العمال الكردستاني إلى «رفع إصبعه"
                + " عن الزناد». وأضاف قائلا في حديثه للصحافيين في مدينة فان بعد يوم من مقتل ستة أشخاص في اشتباكات بين قوات الأمن"
                + " ومقاتلين في منطقة جنوب شرقي تركيا التي يغلب على سكانها الأكراد إن على الحكومة أن توقف العمليات الأمنية وأن"
                + " تعلن استئناف عملية السلام.");
        assertEquals("صلاح الدين دمرطاش Call\nصلاح الدين دمرطاش Demand", show(d));
        assertEquals(java.util.List.of("peace"), d.statements().get(1).topics());
    }

    @Test
    void aPersonOpeningTheSentenceThenACommaIsTheSubjectOfTheVerb() {
        // ar-snn-2015-07-24-733
        Document d = extract("2015-07-24", "نائب الائتلاف السوري المعارض هشام مروة، أكد «لا جديد ستقدمه المعارضة للمبعوث الأممي، إنما"
                + " ستؤكد على وثيقتها التي سبق وسلمتها له قبل سنة».");
        assertEquals("هشام مروة Claim", show(d));
        // a person governed by a preposition («وبحسب المبعوث …، أكد المصدر») is not the subject
        assertEquals("", show(extract("2015-07-24", "وبحسب المبعوث الأممي ستيفان دي ميستورا، أكد المصدر أن الجولة مستمرة.")));
    }

    @Test
    void aDocumentSpeaksForThePairThatIssuedIt() {
        // ar-snn-2015-07-25-120: «ودعت الوثيقة» is the road map of the two bodies in focus; the transitional governing
        // body is a political solution (a SKOS label of the topic)
        Document d = extract("2015-07-25", "أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة"
                + " السورية»، أمس، التوصّل إلى «خارطة طريق» لإنقاذ سوريا. ودعت الوثيقة إلى تنفيذ «بيان جنيف 1»، بدءًا بتشكيل"
                + " «هيئة الحكم الانتقالية» التي تمارس كامل السلطات.");
        java.util.List<Statement> calls = d.statements().stream().filter(s -> s.type().equals("Call")).toList();
        assertEquals(2, calls.size(), show(d));
        assertEquals(java.util.List.of("political-solution"), calls.get(0).topics());
    }

    @Test
    void aCityInAPhraseBeforeTheVerbIsNoSubjectWhenAPersonFollowsTheVerb() {
        // ar-snn-2015-07-26-141: «اجتماع بروكسل» is the Brussels meeting, not Belgium speaking
        Document d = extract("2015-07-26", "صرح هادي البحرة الرئيس السابق للائتلاف السوري بأن الاجتماع كان ناجحا. وحول الخطوات القادمة"
                + " عقب اجتماع بروكسل قال البحرة: «سوف تستمر اللقاءات وستكون شاملة لكافة قوى المعارضة السورية».");
        assertEquals("هادي البحرة Claim", show(d).lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aNameEndsBeforeAPrepositionWithTheArticle() {
        // ar-ant-JA-politic-105-20170203: «بالمبادرة» (with the initiative) is no part of Haftar's name
        Document d = extract("2017-02-03", "وفيما يتعلق بقبول اللواء خليفة حفتر بالمبادرة، قال الغنوشي إن الاتصالات مستمرة.");
        assertEquals(java.util.List.of(), d.mentions().stream().flatMap(java.util.List::stream)
                .map(m -> m.actor().label()).filter(l -> l.endsWith("بالمبادرة")).toList());
    }

    @Test
    void describedAsIsAStatementButHalfIsNoVerb() {
        // ar-snn-2015-07-21-103; ar-ant-JA-politic-105-20170203 («نصف مليون», half a million, is no «we describe»)
        assertEquals("Barack Obama Claim", show(extract("2015-07-21", "ووصف أوباما هذا التحول السياسي بأنه تحول طال انتظاره.")));
        assertEquals("", show(extract("2017-02-03", "فقبل الثورة، أكثر من نصف مليون تونسي كانوا يشتغلون في ليبيا.")));
    }

    @Test
    void isConsideredIsNoActOfConsideringButConsideredThatIs() {
        // ar-ant-JA-politic-105-20170203: «أن تونس تعتبر اليوم نموذجا» (Tunisia is considered a model) is Ghannouchi's
        // claim, not Tunisia's; ar-snn-2015-07-31-284: «اعتبر X، عضو …، أن» considers, past a long apposition
        Document d = extract("2017-02-03", "قال رئيس حركة النهضة، راشد الغنّوشي إن المبادرة مهمة. وأكد في حوار مع موقع"
                + " \"ميدل إيست آي\" البريطاني، أن تونس تعتبر اليوم نموذجا يمكن نقله إلى ليبيا.");
        assertEquals("راشد الغنّوشي Claim\nراشد الغنّوشي Claim", show(d));
        Document e = extract("2015-07-31", "واعتبر رامي الدالاتي، عضو المجلس العسكري التابع للجيش السوري الحر، أن المقترح لا يعني شيئا.");
        assertEquals("رامي الدالاتي Claim", show(e));
    }

    @Test
    void aBodyBeforeANameEndsWhereTheNameBegins() {
        // ar-snn-2015-08-09-160 and ar-ant-JA-politic-105-20170203 without their commas: «صلاح الدين» and «راشد
        // الغنوشي» read like more of the body in construct form; the body is «حزب الشعوب الديمقراطي», «حركة النهضة»
        assertEquals("صلاح الدين دمرطاش Claim", show(extract("2015-08-09",
                "وقال رئيس حزب الشعوب الديمقراطي صلاح الدين دمرطاش إن السلام مهم.")));
        assertEquals("راشد الغنوشي Claim", show(extract("2017-02-03", "وأكد رئيس حركة النهضة راشد الغنوشي أن المبادرة مهمة.")));
        // ar-snn-2015-08-09-51: «ذبيح الله مجاهد», a compound given name, then the surname
        assertEquals("ذبيح الله مجاهد Claim", show(extract("2015-08-09",
                "وقال المتحدث باسم طالبان ذبيح الله مجاهد إن مسلحي الحركة نفذوا الهجوم.")));
    }

    @Test
    void aTitleOfANamedCountryIsNotTheSpeakerInFocusAndFormerFollowsTheCountry() {
        // ar-snn-2015-07-24-1733: the Kenyan president is not the police chief who spoke last
        Document d = extract("2015-07-24", "وأعلن قائد شرطة العاصمة بنسون كيبوي أن عشرة آلاف شرطي سيتم نشرهم. وصرح الرئيس الكيني"
                + " قبيل الزيارة «ننتظر هذا اليوم بفارغ الصبر».");
        assertEquals("بنسون كيبوي Announcement", show(d));
        // ar-ant-JA-internationalNews-317-20170220: «السابق» (former) after the nationality, then the name
        assertEquals("كارل بيلت Claim", show(extract("2017-02-20",
                "وقال وزير الخارجية السويدي السابق كارل بيلت على تويتر \"السويد؟ هجوم إرهابي؟\"")));
    }

    @Test
    void aSayingParticipleGroundsTheSpecificActBeforeItButAddsToAPlainSaying() {
        // ar-ant-JA-politic-105-20170203: «نفى … مؤكدا أنها …» is one denial, its grounds given
        Document d = extract("2017-02-03", "قال رئيس حركة النهضة، راشد الغنّوشي إن المبادرة مهمة. ومن جهة أخرى، نفى الغنوشي قيامه"
                + " بـ\"دبلوماسية موازية للدولة التونسية\" فيما يتعلق بالملف الليبي، مؤكدا أنها \"دبلوماسية شعبية في خدمة الدبلوماسية"
                + " الرسمية\".");
        assertEquals("راشد الغنّوشي Claim\nراشد الغنّوشي Denial", show(d));
        // ar-snn-2015-07-25-1427: after «أشار إلى» (a plain saying) the participle is a point of its own
        Document e = extract("2015-07-25", "وأشار الرئيس الفلسطيني محمود عباس إلى ترحيب القيادة الفلسطينية بالجهود الفرنسية والأوروبية لإحياء"
                + " العملية التفاوضية، مؤكدا أن الأفكار التي طرحها الجانب الفرنسي تصلح كقاعدة لإطلاق المفاوضات.");
        assertEquals("Mahmoud Abbas Claim\nMahmoud Abbas Claim", show(e));
    }

    @Test
    void theTopicsOfAnActStopWhereTheGroundsFoldedIntoItBegin() {
        // ar-snn-2015-07-24-733: support for a political solution; fighting terrorism is what he went on to explain
        Document d = extract("2015-07-24", "واستعرض الوزير السوري وليد المعلم «تطورات الأوضاع في سوريا وجدد دعم جهود المبعوث الخاص نحو التوجه"
                + " إلى حل سياسي، مبينا أن سوريا لا تزال تعتبر إنهاء الإرهاب وتجفيف مصادره وتمويله ودعمه هي الأولوية الأساسية».");
        Statement support = d.statements().stream().filter(st -> st.type().equals("Support")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("political-solution"), support.topics(), show(d));
        assertEquals(1, d.statements().size(), show(d));
    }

    @Test
    void aMarkerAfterAPrepositionInsideTheContentIsTalkedAboutEvenInQuotationMarks() {
        // ar-ant-JA-politic-36-20170124: «أنه تم الاتفاق على "ضرورة …"» reports an agreement; he calls for nothing
        Document d = extract("2017-01-24", "عقد وزير الشؤون الخارجية، خميس الجهيناوي، لقاء صحفيا مشتركا مع الوزير المصري، أكد خلاله أنه تم"
                + " الاتفاق على \"ضرورة تدعيم وتعزيز دور منظمة الأمم المتحدة لتكون الراعية لأي اتفاق يتوصل إليه الليبيون\".");
        assertEquals("Khemaies Jhinaoui Claim", show(d));
        // «أكد على "ضرورة …"»: the preposition opens the content, and the marker is the act
        Document e = extract("2017-01-24", "وأكد الجهيناوي على \"ضرورة تدعيم دور منظمة الأمم المتحدة\".");
        assertEquals("Khemaies Jhinaoui Call", show(e));
    }

    @Test
    void aSayingThatReportsTheSpeakersOwnHopeIsThatHope() {
        // seed 000_fd1355c3401903b1: «وأضاف بوتين لغوتيريش: "… ما زلنا نأمل …"» is one act, a hope told to Guterres
        Document d = extract("2022-04-26", "وأضاف بوتين لغوتيريش: \"رغم حقيقة أنّ العملية العسكرية مستمرة، ما زلنا نأمل في أن نتمكّن من"
                + " التوصّل إلى نتيجة إيجابية\" من المفاوضات، بحسب فرانس برس.");
        assertEquals("Vladimir Putin Hope", show(d));
        assertEquals("António Guterres", d.statements().get(0).addressee().label());
        assertEquals(java.util.List.of("negotiations"), d.statements().get(0).topics());
    }

    @Test
    void aSayingThatOpensWithAnotherPersonsActRelaysIt() {
        // ar-snn-2015-08-06-262: the UN spokesman relays what the Arab League's secretary-general told the envoy
        Document d = extract("2015-08-06", "وبدوره، كشف المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي أمس أن المبعوث الأممي التقى نبيل العربي"
                + " الأمين العام لجامعة الدول العربية. وقال فوزي إن «الأمين العام للجامعة العربية أبلغ ولد الشيخ أحمد أن الجامعة العربية"
                + " ستكون مستعدة لبحث مسألة المراقبين في حالة الاتفاق على وقف لإطلاق النار».");
        assertEquals("أحمد فوزي Claim\nNabil Elaraby Claim", show(d));
        // ar-snn-2015-08-06-2406: a country there is what the minister speaks for; the act stays his
        Document e = extract("2015-08-06", "وأكد وزير الخارجية المصري سامح شكري أن مصر تثمن دوماً أية محاولات جادة لوضع أطر عادلة للسلام.");
        assertEquals("Sameh Shoukry Support", show(e));
    }

    @Test
    void showingIsAnActOnlyForWhatOneShowsOfOneself() {
        // ar-snn-2015-07-22-1657: «أبدى … فابيوس، الذي …، تأييده لهذه الفكرة», he showed his support, past an apposition
        Document d = extract("2015-07-22", "من جهته أبدى وزير الخارجية الفرنسي لوران فابيوس، الذي جعل من تحريك عملية السلام أولوية، تأييده"
                + " لهذه الفكرة.");
        assertEquals("Laurent Fabius Support", show(d));
        // ar-snn-2015-08-06-392: Beijing shows more hostility, which it says nothing of
        Document e = extract("2015-08-06", "لكن بكين تبدي مزيدا من العدائية في مطالباتها في المنطقة، مما يثير مخاوف «آسيان» وشركائها.");
        assertEquals("", show(e));
    }

    @Test
    void aSpeechVerbFormAfterAPrepositionIsItsVerbalNoun() {
        // ar-snn-2015-08-03-675: «في حث الجانب الأمريكي» (in urging the American side) calls for nothing of the minister's
        Document d = extract("2015-08-03", "وأبدى وزير الخارجية المصري سامح شكري تطلعه أيضا في أن يسهم هذا الحوار في حث الجانب الأمريكي"
                + " على الاستفادة من الفرص الاقتصادية الواعدة في مصر.");
        assertEquals("Sameh Shoukry Claim", show(d));
    }

    @Test
    void aSayingParticipleRightAfterTheVerbAndItsSubjectSaysHowItWasSaid() {
        // ar-snn-2015-07-22-763: «وقال كيري مشيرا الى …» is one saying, not two
        Document d = extract("2015-07-22", "اعلن وزير الخارجية الاميركي جون كيري انه ينوي طمأنة الدول الخليجية بشأن الاتفاق حول النووي الايراني."
                + " وقال كيري مشيرا الى اجتماع وزراء خارجية دول مجلس التعاون الخليجي في قطر \"سأستعرض بالتفصيل كل الطرق التي تجعل"
                + " المنطقة اكثر امانا بسبب هذا الاتفاق\".");
        assertEquals("John Kerry Announcement\nJohn Kerry Claim", show(d));
    }
}
