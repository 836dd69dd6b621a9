package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/**
 * Which date an English meeting or statement takes: the day written before a meeting noun, the latest undated
 * meeting for “today's conversation”, not the day of a clause about a party, not the day of what a statement
 * reports. Sentences of en-kremlin-67761, en-kremlin-67329, en-kremlin-67269 and en-presua-73933.
 */
class EnglishDatesTest {
    private static Document extract(String published, String text) {
        return TestArticles.extract("en", published, text);
    }

    private static List<String> meetingDates(Document d) {
        return d.meetings().stream().map(m -> m.participants().stream().map(Actor::label).sorted().toList() + " "
                + (m.date() == null ? "-" : m.date().lexical())).toList();
    }

    @Test
    void aDayBeforeTheMeetingNounAndTodaysConversationDateTheirOwnMeetings() {
        Document d = extract("2022-02-12", "Yury Ushakov briefed media representatives on the telephone conversation between President"
                + " of Russia Vladimir Putin and President of the United States Joseph Biden. The call was as a follow-up of sorts on"
                + " the December 7 videoconference talks between Russia and the United States, and the December 30 telephone"
                + " conversation. Today's conversation was held, as everyone knows, against the backdrop of an unprecedented push.");
        // “today's conversation” is the call of the first sentence, not the December talks named in between
        assertEquals(List.of("[Joe Biden, Vladimir Putin] 2022-02-12", "[Russia, United States] 2021-12-07"), meetingDates(d));
    }

    @Test
    void theDayOfAClauseAboutAPartyIsNotTheMeetings() {
        Document d = extract("2021-12-09", "Vladimir Putin had a telephone conversation with Angela Merkel, who completed her term of"
                + " office as Federal Chancellor of the Federal Republic of Germany on December 8.");
        assertEquals(List.of("[Angela Merkel, Vladimir Putin] -"), meetingDates(d));
    }

    @Test
    void aStatementIsNotDatedByTheMeetingItIsAbout() {
        Document d = extract("2021-12-03", "At the request of the President of Turkey, Vladimir Putin informed him about the main"
                + " results of the trilateral meeting of the leaders of Russia, Azerbaijan and Armenia in Sochi on November 26.");
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertNull(d.statements().get(0).date());
        assertEquals(List.of("[Armenia, Azerbaijan, Vladimir Putin] 2021-11-26"), meetingDates(d));
    }

    @Test
    void aDateInsideTheQuotationBeforeTheVerbIsWhatItReports() {
        Document d = extract("2022-03-29", "Head of the legal group of negotiators Oleksandr Chalyi added that the key"
                + " requirement is clear. \"If we manage to consolidate these key provisions, Ukraine"
                + " will be in a position to actually fix the current status of permanent neutrality. Which has already historically"
                + " been enshrined in our Declaration of State Sovereignty adopted on July 16, 1990,\" he said.");
        Statement said = d.statements().get(d.statements().size() - 1);
        assertEquals("Oleksandr Chalyi", said.speaker().label());
        assertNull(said.date(), said.toString());
    }

    @Test
    void aDayStillToComeIsWhatWasSaidAboutNotWhen() {
        // en-kremlin-67269 (published 2021-12-03): a readout's passive hope, of its principal, for elections three weeks on
        Document d = extract("2021-12-03", "Vladimir Putin had a telephone conversation with President of the Republic of Turkey Recep"
                + " Tayyip Erdogan. Hope was expressed for the success of the national elections on December 24, 2021.");
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertEquals("Hope", d.statements().get(0).type());
        assertNull(d.statements().get(0).date());
    }
}
