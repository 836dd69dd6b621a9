package org.khabar.extract;

import java.util.List;
import org.khabar.nlp.LanguageResources;
import org.khabar.nlp.Token;

/**
 * Who performs a speech act, read from its own sentence: the subject after the verb (VSO, past titles), the one
 * just before it (SVO), an anaphor (الأخيرة) resolved to the last core actor, or the speaker of the quotation or
 * content the verb sits in. A verb with none of these is left without a speaker (the focus rules of
 * {@link StatementStage} may still give it one) or dropped: no guessing.
 */
final class Speakers {
    private static final int SUBJECT_WINDOW = 12;

    private final LanguageResources res;
    private final SubjectCues cues;

    Speakers(LanguageResources res, SubjectCues cues) {
        this.res = res;
        this.cues = cues;
    }

    /**
     * Sets the speaker of {@code d}, or marks it dropped: the relative clause's antecedent, the actor right before
     * the verb (SVO), the one after it past titles (VSO), an anaphor's antecedent, the subject of the act a joined or
     * participle verb goes on from, or the speaker of the quotation or content it sits in.
     */
    void resolve(List<Token> toks, List<Mention> ms, List<Mention> core, List<Draft> drafts, boolean[] quoted, Draft d) {
        // a relative clause: «كييف التي تتهم الكرملين» — the noun before the relative pronoun is the subject
        if (d.start >= 2 && res.isRelativePronoun(toks.get(d.start - 1).form())) {
            // «الذي اعتبر من المتشددين» is passive (who was considered); a Claim needs reported content after it
            boolean reports = !d.type.equals("Claim") || (d.end < toks.size() && (res.isComplementizer(toks.get(d.end).form())
                    || toks.get(d.end).form().equals(":") || Quotations.isQuoteMark(toks.get(d.end).form())));
            Mention m = reports ? cues.relativeAntecedent(toks, ms, d.start - 1) : null;
            if (m != null) { d.speaker = m.agent(); d.speakerEnd = d.end; d.confidence = 0.8; d.explicit = true; return; }
            d.dropped = true;
            return;
        }
        // “initiatives that we outlined and relayed”: a pronoun's verb in a relative clause on a noun describes the noun
        if (d.start >= 3 && res.isPronoun(toks.get(d.start - 1).form()) && res.isRelativePronoun(toks.get(d.start - 2).form())
                && Character.isLetter(toks.get(d.start - 3).form().codePointAt(0)) && res.speechVerb(toks.get(d.start - 3).form()) == null
                && !res.isStopword(toks.get(d.start - 3).form())) {
            d.dropped = d.describes = true;
            return;
        }
        // SVO: an actor right before the verb
        Mention before = null;
        for (Mention m : ms) {
            // of mentions ending at the same place, the outermost: a title-only mention holds the country it is of
            if (m.tokenEnd() <= d.start && (cues.onlyParticlesBetween(toks, m.tokenEnd(), d.start) || cues.apposition(toks, m.tokenEnd(), d.start)
                    || cues.topicThenComma(toks, ms, m, d.start))
                    && (before == null || m.tokenEnd() > before.tokenEnd() || m.tokenStart() < before.tokenStart())) before = m;
        }
        // «نقلت الوكالة عن الرئيس حسن روحاني، قوله»: the pronoun on a verbal noun is the person just named, whatever
        // governs them
        if (d.lex.possessive()) {
            for (Mention m : ms) {
                int gap = d.start - m.tokenEnd();
                if (m.actor().kind() == ActorKind.Person && (gap == 0 || (gap == 1 && Sentences.isComma(toks.get(m.tokenEnd()))))) {
                    d.speaker = m.actor(); d.speakerEnd = d.end; d.confidence = 0.8; d.explicit = true;
                    return;
                }
            }
            // «ونقلت عنه وكالة الصحافة الفرنسية قوله»: a saying (قوله) is never the quoting agency's; other nouns
            // (دعوتها after «جددت الجامعة») go on to their subject
            if (d.lex.type().equals("Claim")) { d.dropped = true; return; }
        }
        // «وحول الخطوات عقب اجتماع بروكسل قال البحرة»: a city before the verb, with a person right after it, is no subject
        Mention after = d.end < toks.size() ? Sentences.mentionAt(ms, d.end) : null;
        if (before != null && before.actor().kind() == ActorKind.Place && after != null && after.actor().kind() == ActorKind.Person) before = null;
        // a bare verbal noun's agent follows it (دعوة ولد الشيخ); what precedes it is someone else (تلقى X دعوة)
        if (before != null && !before.oblique() && before.agent() != null && !d.lex.bareNoun()) {
            d.speaker = before.agent(); d.speakerEnd = d.end; d.confidence = 0.85; d.explicit = true; d.subjectFirst = true;
            return;
        }
        // English puts the subject after the verb only by inversion («“, said X», «, said X,»): after a word that
        // may be its own subject (“the President said Russia was …”), what follows the verb is reported content
        // (“…, told Reuters that”: after a verb of telling, the one told)
        boolean inverted = !res.lang().equals("en") || ((d.start == 0 || toks.get(d.start - 1).isPunctuation()) && !d.lex.addresseeObject());
        // an Arabic verb before its subject agrees in gender only: «وطالبا الأمم المتحدة» (the two of them asked the UN)
        if (d.end - d.start == 1 && res.hasPluralSubject(toks.get(d.start).form())) inverted = false;
        // VSO: the subject after the verb, past titles and the bodies they belong to
        boolean inTitle = false;
        for (int k = d.end; inverted && k < toks.size() && k - d.end < SUBJECT_WINDOW; ) {
            Mention m = Sentences.mentionAt(ms, k);
            if (m != null) {
                if (res.isObjectForm(toks.get(m.tokenEnd() - 1).form())) break;
                if (!m.oblique() && m.agent() != null) {
                    // «مطالبة مجلس الأمن بتوفير حماية»: after a bare verbal noun, an actor followed by bi- is the one
                    // asked, not the one asking; who asks is not said here
                    if (d.lex.bareNoun() && m.tokenEnd() < toks.size() && SubjectCues.startsWithBi(toks.get(m.tokenEnd()))) {
                        d.dropped = true;
                        return;
                    }
                    d.speaker = m.agent(); d.speakerEnd = m.tokenEnd(); d.confidence = 0.9; d.explicit = true;
                    return;
                }
                k = m.tokenEnd();
                continue;
            }
            Token t = toks.get(k);
            // «المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي»: where a titled person sits comes before the name
            Mention place = inTitle && res.isLocative(t.form()) && k + 1 < toks.size() ? Sentences.mentionAt(ms, k + 1) : null;
            if (place != null && place.actor().kind() == ActorKind.Place) { k = place.tokenEnd(); continue; }
            if (res.isAnaphor(t.form())) {
                Mention antecedent = SubjectCues.lastCoreBefore(ms, core, d.start);
                if (antecedent != null) {
                    d.speaker = antecedent.agent(); d.speakerEnd = k + 1; d.confidence = 0.7; d.explicit = true;
                }
                return;
            }
            // “according to the Deputy Prime Minister”: an article before the title
            if (res.lang().equals("en") && res.isTitleLink(t.form()) && k + 1 < toks.size()
                    && (Sentences.mentionAt(ms, k + 1) != null || res.isTitle(toks.get(k + 1).form()))) { k++; continue; }
            // “according to the President, Olaf Scholz expressed …”: in English a comma ends the subject
            if (Sentences.isComma(t) && res.lang().equals("en")) break;
            if (res.isTitle(t.form()) || res.nationality(t.form()) != null || Sentences.isComma(t)) {
                inTitle |= res.isTitle(t.form());
                k++;
                continue;
            }
            // the body a title is of, spelled out: «رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج»
            if (inTitle && Sentences.isArabicWord(t) && !res.isStopword(t.form()) && t.clitic().isEmpty()) { k++; continue; }
            break;
        }
        if (d.lex.bareNoun()) { d.dropped = true; return; }
        // «…، داعيا إلى»: a participle adds an act of the sentence's speaker
        if (d.lex.participle()) {
            for (int j = drafts.size() - 1; j >= 0; j--) {
                if (drafts.get(j).speaker != null) {
                    d.speaker = drafts.get(j).speaker; d.speakerEnd = d.end; d.confidence = 0.75; d.explicit = true;
                    return;
                }
            }
            d.dropped = true;
            return;
        }
        // a verb joined by و/ف to an earlier act of the sentence shares its subject: «رحبت الجامعة ... ودعت الحوثيين»
        String conj = toks.get(d.start).clitic();
        if (conj.equals("\u0648") || conj.equals("\u0641")) {
            for (int j = drafts.size() - 1; j >= 0; j--) {
                // inside a quotation the speaker's words go on: «… أن يرفع الحزب إصبعه ويعلن التزامه» is the party's act
                if (quoted[d.start] && !quoted[drafts.get(j).start] && !res.isFirstPersonVerb(toks.get(d.start).form())) break;
                if (drafts.get(j).explicit) {
                    d.speaker = drafts.get(j).speaker; d.speakerEnd = d.end; d.confidence = 0.75; d.coordinated = true;
                    return;
                }
            }
            // «واستعرض الوزير المعلم تطورات الأوضاع وجدد دعم جهود المبعوث»: joined to the sentence's opening verb,
            // whose subject follows it, with no other actor between
            Mention opening = drafts.isEmpty() ? cues.openingSubject(toks, ms) : null;
            if (opening != null && opening.tokenEnd() <= d.start && !SubjectCues.actorBetween(ms, opening.tokenEnd(), d.start)) {
                d.speaker = opening.agent(); d.speakerEnd = d.end; d.confidence = 0.65; d.coordinated = true;
                return;
            }
        }
        // inside the quote or content of an earlier act of this sentence: that act's speaker
        for (int j = drafts.size() - 1; j >= 0; j--) {
            Draft outer = drafts.get(j);
            // ... unless another actor is named in between, who is the likelier subject («ندعو الجانبين، يجب أن يرفع
            // الحزب إصبعه ويعلن التزامه»: the party announces, not the speaker)
            if (d.start >= outer.contentStart && d.start - outer.contentStart <= StatementStage.MERGE_WINDOW
                    && !SubjectCues.actorBetween(ms, outer.contentStart, d.start)) {
                d.speaker = outer.speaker; d.speakerEnd = d.end; d.confidence = 0.75;
                return;
            }
            // «اتفق الطرفان على إدانة …، حيث «أكدا على مسؤولية …»»: a dual verb in what a pair said is the pair's
            if (d.start >= outer.contentStart && outer.coSpeaker != null && res.hasPluralSubject(toks.get(d.start).form())) {
                d.speaker = outer.speaker; d.speakerEnd = d.end; d.confidence = 0.7; d.explicit = true;
                return;
            }
            // deeper inside a quote, a verb with no subject of its own may be about anyone: not attributed,
            // unless the speaker says it of themselves (“we will continue to call for”)
            if (d.start >= outer.contentStart && quoted[d.start]) {
                if (cues.firstPersonBefore(toks, d.start) || res.isFirstPersonVerb(toks.get(d.start).form())) {
                    d.speaker = outer.speaker; d.speakerEnd = d.end; d.confidence = 0.75; d.explicit = true;
                } else {
                    d.dropped = true;
                }
                return;
            }
        }
        Mention holder = drafts.isEmpty() ? cues.eventHolder(toks, ms, d.start, d.end) : null;
        if (holder != null) { d.speaker = holder.agent(); d.speakerEnd = d.end + 1; d.confidence = 0.65; d.explicit = true; return; }
        // a verb mid-sentence with no subject of its own is not attributed to anyone
        d.dropped = !SubjectCues.opensSentence(toks, d.start) || !SubjectCues.noMentionBefore(ms, d.start);
    }

    /**
     * The last act of this sentence when only its quotation (with «إن» and punctuation) stands between it and
     * {@code at}; or null. Anything else between (another verb, a name) leaves “he” to the focus rules.
     */
    Draft quotedBefore(List<Token> toks, List<Draft> drafts, boolean[] quoted, int at) {
        if (drafts.isEmpty() || quoted[at]) return null;
        Draft last = drafts.get(drafts.size() - 1);
        boolean sawQuote = false;
        for (int j = last.end; j < at; j++) {
            String f = toks.get(j).form();
            if (quoted[j]) { sawQuote = true; continue; }
            if (res.isPronoun(f)) break; // the subject of the act at hand
            if (!res.isComplementizer(f) && !Quotations.isQuoteMark(f) && Character.isLetterOrDigit(f.codePointAt(0))) return null;
        }
        return sawQuote ? last : null;
    }
}
