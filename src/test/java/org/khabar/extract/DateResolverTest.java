package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.nlp.LanguageResources;

/** Every relative form is resolved against the publication date; nothing is invented without one. */
class DateResolverTest {
    private static final DateResolver AR = new DateResolver(LanguageResources.load("ar"));
    private static final DateResolver EN = new DateResolver(LanguageResources.load("en"));
    private static final LocalDate PUB = LocalDate.of(2022, 2, 4); // a Friday (seed 002's byline)

    private List<String> dates(String s, LocalDate pub) {
        return AR.resolve(s, pub, new YearMonth[1]).stream().map(f -> f.value().lexical()).toList();
    }

    @Test
    void explicitDatesWithBothMonthSystems() {
        assertEquals(List.of("2022-01-09"), dates("يومي 9 و10 كانون الثاني/يناير 2022، في جنيف", null));
        assertEquals(List.of("2022-02-04"), dates("04 فبراير 2022ء", null));
        assertEquals(List.of("2015-07-23"), dates("في 23 تموز 2015", null));
    }

    @Test
    void aMonthWithoutYearTakesTheLatestOneNotAfterPublication() {
        assertEquals(List.of("2022-01-26"), dates("في 26 كانون الثاني/ يناير الماضي", PUB));
        assertEquals(List.of("2021-12-03"), dates("في 3 ديسمبر", PUB));
        // ar-snn-2015-07-25-120: «البيان الصادر … بتاريخ 30 يونيو (حزيران) 2012»: the other name in brackets keeps the year
        assertEquals(List.of("2012-06-30"), dates("البيان الصادر بتاريخ 30 يونيو (حزيران) 2012 بكامل بنوده", PUB));
        assertEquals(List.of("2012-06-30"), dates("بتاريخ 30 يونيو حزيران 2012", PUB));
    }

    @Test
    void aMonthWithoutADayIsAMonth() {
        // ar-snn-2015-08-11-1281: «واجتمع بوتين مع الأمير محمد بن سلمان في يونيو حزيران»
        List<DateResolver.Found> f = AR.resolve("واجتمع بوتين مع الأمير محمد بن سلمان في يونيو حزيران على هامش المنتدى",
                LocalDate.of(2015, 8, 11), new YearMonth[1]);
        assertEquals("2015-06", f.get(0).value().lexical());
        assertEquals(DateValue.Precision.MONTH, f.get(0).value().precision());
        assertEquals(List.of("2021-12"), dates("خلال ديسمبر", PUB), "a later month than publication is last year's");
        assertEquals(List.of("2021-12-03"), dates("في 3 ديسمبر", PUB), "a day and month stay one date");
    }

    @Test
    void theSameMonthRefersToTheLastMonthNamed() {
        YearMonth[] ctx = new YearMonth[1];
        AR.resolve("في 26 كانون الثاني/ يناير الماضي", PUB, ctx);
        assertEquals("2022-01-12", AR.resolve("يوم الـ12 من الشهر ذاته", PUB, ctx).get(0).value().lexical());
    }

    @Test
    void theCurrentAndThePreviousMonth() {
        assertEquals(List.of("2022-02-01"), dates("في الأول من الشهر الجاري", PUB));
        assertEquals(List.of("2022-01-15"), dates("في 15 من الشهر الماضي", PUB));
    }

    @Test
    void weekdaysTodayAndYesterday() {
        assertEquals(List.of("2022-02-03"), dates("اليوم الخميس", PUB));
        assertEquals(List.of("2022-02-01"), dates("الثلاثاء", PUB));
        assertEquals(List.of("2022-02-04"), dates("اليوم", PUB));
        assertEquals(List.of("2022-02-03"), dates("أمس", PUB));
        // ar-snn-2015-08-09-771: «المباحثات التي جرت بينهما أول من أمس» is the day before yesterday
        assertEquals(List.of("2022-02-02"), dates("التي جرت بينهما أول من أمس في روما", PUB));
        assertEquals(List.of("2022-02-02"), dates("وأعلنت جيبوتي أمس الأول حاجتها", PUB));
    }

    @Test
    void relativeFormsNeedAPublicationDate() {
        assertTrue(dates("الثلاثاء", null).isEmpty());
        assertTrue(dates("في الأول من الشهر الجاري", null).isEmpty());
    }

    @Test
    void aYearAlone() {
        List<DateResolver.Found> f = AR.resolve("في نهاية عام 2021", null, new YearMonth[1]);
        assertEquals("2021", f.get(0).value().lexical());
        assertEquals(DateValue.Precision.YEAR, f.get(0).value().precision());
    }

    @Test
    void numbersThatMakeNoDateAreIgnored() {
        assertTrue(dates("31 فبراير 2022", null).isEmpty());
    }

    @Test
    void englishPutsTheMonthFirstOrTheDayFirst() {
        // en-kremlin-67761 (published 2022-02-12): “the December 7 videoconference talks … and the December 30 telephone conversation”
        List<String> got = EN.resolve("The call was as a follow-up of sorts on the December 7 videoconference talks between Russia and the "
                + "United States, and the December 30 telephone conversation.", LocalDate.of(2022, 2, 12), new YearMonth[1])
                .stream().map(f -> f.value().lexical()).toList();
        assertEquals(List.of("2021-12-07", "2021-12-30"), got);
        assertEquals("2022-04-26", EN.resolve("on April 26th in Moscow", LocalDate.of(2022, 4, 28), new YearMonth[1]).get(0).value().lexical());
        assertEquals("2022-03-08", EN.resolve("as of March 8, 2022", null, new YearMonth[1]).get(0).value().lexical());
        assertEquals("2022-03-08", EN.resolve("on 8 March 2022", null, new YearMonth[1]).get(0).value().lexical());
        // a year is no day: “in May 1945” is a month
        assertEquals(List.of("1945-05"), EN.resolve("in May 1945", PUB, new YearMonth[1]).stream().map(f -> f.value().lexical()).toList());
        assertTrue(EN.resolve("April 31", PUB, new YearMonth[1]).isEmpty());
        assertTrue(AR.resolve("في 3 ديسمبر", PUB, new YearMonth[1]).size() == 1, "Arabic keeps the day-first order only");
    }
}
