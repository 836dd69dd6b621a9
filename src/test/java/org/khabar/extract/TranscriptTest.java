package org.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.TestArticles;
import org.khabar.doc.Document;

/**
 * Who speaks in a briefing transcript: the aide who has the floor says "I", and reports what each president said
 * ("He said that …", "the Russian President responded by saying"); sentences from en-kremlin-67761 (2022-02-12),
 * en-kremlin-68671 and en-kremlin-67203.
 */
class TranscriptTest {
    private static Document extract(String text) {
        return TestArticles.extract("en", "2022-02-12", text);
    }

    private static String show(Document d) {
        return TestArticles.speakersAndTypes(d);
    }

    @Test
    void heIsThePersonTheLastSentenceWasAboutWhenNoSpeakerIsInFocus() {
        Document d = extract("President Biden even talked about the experience of his predecessors who made every effort during"
                + " the Cold War to avoid the catastrophe of a serious military conflict between our two nations. He said that"
                + " our two great nations were still rivals but that we must take every effort to maintain stability and"
                + " security in the world.");
        // and "must", in the second clause, does not make the first point a demand
        assertEquals("Joe Biden Claim", show(d));
    }

    @Test
    void aJournalistsQuestionWithAQuotedWordInItAssertsNothing() {
        // "why did he announce a Russian "invasion" …?" presupposes an announcement; it reports none of Biden's
        Document d = extract("Yury Ushakov: Thank you. Question: Can you tell us if today's conversation has shed any light on US motives?"
                + " If President Biden knew that he was going to talk to Vladimir Putin on the phone, why did he announce a Russian"
                + " \"invasion\" on February 16, which shook the entire world?");
        assertEquals("", show(d));
        // a question quoted from a speaker is still theirs to ask
        assertEquals("Yury Ushakov Claim", show(extract("Yury Ushakov said: \"Why would anyone want a war in Europe that would shake the"
                + " entire world?\"")));
    }

    @Test
    void theAideWhoHasTheFloorSaysIAndReportsThePresident() {
        Document d = extract("* * * Aide to the President Yury Ushakov: Good evening! A telephone conversation between the"
                + " President of the Russian Federation and the President of the United States has just concluded."
                + " President Biden even talked about the experience of his predecessors. I want to note straight away that the"
                + " Russian President responded by saying that Russia was going to carefully study President Biden's proposals"
                + " and would certainly pay due consideration to them. I would like to stress once again that overall, the"
                + " conversation was business-like.");
        // "Good evening!" is a greeting, not a statement; "I" is Ushakov, not Biden, whom the sentence before was about;
        // "I want to note that the Russian President responded by saying" relays Putin's act and is no claim of Ushakov's
        assertEquals("Vladimir Putin Claim\nYury Ushakov Claim", show(d));
    }

    @Test
    void aTurnOfSomeoneUnknownEndsTheLastSpeakersTurn() {
        // en-kremlin-67203: the Armenian prime minister's turn line repeats his name the other way round
        Document d = extract("Vladimir Putin: Thank you very much once again for today's work, and for the meeting we had.\n"
                + "Prime Minister of the Republic of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of"
                + " Armenia: Mr President, allow me to thank you again for the invitation. I want to stress that we had a very"
                + " positive meeting.");
        assertTrue(show(d).startsWith("Vladimir Putin"), show(d));
        assertTrue(d.statements().stream().noneMatch(s -> s.quote() == null && s.content().contains("very positive meeting")
                && s.speaker().label().equals("Vladimir Putin")), show(d));
    }

    @Test
    void aPresidentOfTheRepublicOfACountryIsThatCountrysAndTakesTheFloor() {
        // en-kremlin-68671: not Putin, whom the article has introduced as "the President"
        Document d = extract("Vladimir Putin met with President of the Republic of Armenia Vahagn Khachaturyan.\n"
                + "President of the Republic of Armenia Vahagn Khachaturyan: Mr Putin, I certainly feel very good here.");
        assertEquals("Vahagn Khachaturyan Claim", show(d));
        assertEquals(1, d.meetings().size());
        assertTrue(d.meetings().get(0).participants().stream().anyMatch(a -> a.label().equals("Vahagn Khachaturyan")));
    }
}
