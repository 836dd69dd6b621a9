package org.khabar.extract;

/**
 * An actor or place named in the text: token range {@code [tokenStart, tokenEnd)} of sentence {@code sentence},
 * UTF-16 offsets {@code [start, end)} in the document. {@code oblique} is true when a preposition, a ل/ب clitic
 * or a title noun governs it, so it cannot be a subject. {@code standsFor} is the country a capital stands for
 * when it acts (“Moscow demands”), else null.
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, int start, int end, Actor actor, boolean oblique,
                      Actor standsFor) {
    /** The actor this mention denotes when it speaks or meets: the government for a capital. */
    public Actor agent() {
        if (actor.kind().isActor()) return actor;
        return standsFor;
    }
}
