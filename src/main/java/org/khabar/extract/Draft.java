package org.khabar.extract;

import org.khabar.nlp.SpeechAct;

/** A speech act being read: where its verb, speaker and content are, and what is known of it so far. */
final class Draft {
    int start, end, contentStart, speakerEnd;
    String type;
    SpeechAct lex;
    Actor speaker, addressee;
    Actor coSpeaker; // the other party of a joint act («أعلن كل من X و Y»), who makes the same statement
    double confidence;
    int clauseEnd = -1; // where its own clause ends when an elaboration folded into it follows
    boolean explicit, dropped, coordinated; // coordinated: joined by و/ف to an earlier act, a new act of its own
    boolean subjectFirst; // its subject is named right before the verb (SVO)
    boolean describes; // in a relative clause on a noun (“initiatives that we outlined”): no act of anyone
}
