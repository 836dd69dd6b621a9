package org.khabar.extract;

import java.util.List;

/**
 * Acts of one sentence that are one act: a generic verb and the specific one that opens its content or that the
 * speaker performs in the quotation it reports; a specific act and the saying participle that gives its grounds.
 */
final class NestedActs {
    private NestedActs() {}

    /**
     * A generic act whose content opens with a specific one takes its type, and the inner act is dropped; an
     * inner act with no subject of its own that adds no type (“said that … experts see”) is dropped as well.
     */
    static void merge(List<Draft> drafts, boolean[] quoted) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft outer = drafts.get(i), inner = drafts.get(i + 1);
            if (inner.lex.participle() || inner.coordinated) continue;
            // «“I informed the partners … I also informed them …,” the President said»: the quoted speaker's own
            // verbs of the same kind are one act with the quotation, not more
            if (inside(outer, inner, quoted) && inner.speaker != null && inner.speaker.equals(outer.speaker) && inner.type.equals(outer.type)) {
                drafts.remove(i + 1);
                i--;
                continue;
            }
            boolean opening = inner.start >= outer.contentStart && inner.start - outer.contentStart <= StatementStage.MERGE_WINDOW;
            if (!opening) continue;
            boolean generic = outer.type.equals("Claim") || outer.type.equals("Announcement");
            // «وقال فوزي إن «الأمين العام للجامعة العربية أبلغ ولد الشيخ أحمد أن …»», “I want to note that the Russian
            // President responded by saying that …“: a saying that opens with another person's act, named before its
            // verb, relays it; the act is theirs, and the relay is no statement of the one relaying. A country or body
            // there is what the speaker speaks for (“the Chancellor stressed that Germany supports Ukraine”) and stays
            // the speaker's
            if (generic && inner.subjectFirst && inner.speaker != null && inner.speaker.kind() == ActorKind.Person
                    && !inner.speaker.equals(outer.speaker)) {
                drafts.remove(i);
                i--;
                continue;
            }
            if (generic && !inner.type.equals("Claim")) outer.type = inner.type;
            else if (inner.explicit) continue;
            drafts.remove(i + 1);
            i--;
        }
        foldElaborations(drafts);
    }

    /**
     * «وأضاف بوتين: “… ما زلنا نأمل في …”», “«… We will continue to call for a complete ceasefire …», he said”: a plain
     * saying (still a Claim once its content has been read) reports the act the speaker performs in their own words
     * further on in the quotation; the act is that one, and it keeps the saying's addressee.
     */
    static void reportedActs(List<Draft> drafts, boolean[] quoted) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft outer = drafts.get(i), inner = drafts.get(i + 1);
            if (inner.lex.participle() || inner.coordinated || inner.speaker == null || !inner.speaker.equals(outer.speaker)) continue;
            if (!outer.type.equals("Claim") || inner.type.equals("Claim") || !inside(outer, inner, quoted)) continue;
            if (inner.addressee == null) inner.addressee = outer.addressee;
            drafts.remove(i);
            i--;
        }
    }

    /** The inner act stands in the quotation the outer one reports. */
    private static boolean inside(Draft outer, Draft inner, boolean[] quoted) {
        return outer.contentStart < outer.start
                ? inner.start >= outer.contentStart && inner.start < outer.start // a quotation before its verb
                // (the opening mark itself is not inside)
                : inner.start >= outer.contentStart && quoted[inner.start]
                        && (quoted[outer.contentStart] || outer.contentStart + 1 < quoted.length && quoted[outer.contentStart + 1]);
    }

    /**
     * «نفى الغنوشي قيامه بـ…، مؤكدا أنها …», “denied …, stressing that …”: a saying participle after a specific act of
     * the same speaker gives the grounds of that act, not a new one; it is read as part of it. After a plain saying
     * («قال …، مضيفا أن …») it stays a statement of its own.
     */
    private static void foldElaborations(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i), before = drafts.get(i - 1);
            // «قال الرئيس السابق للائتلاف موضحًا …»: a saying participle right after the verb and its subject says how
            // the act was said; what follows it is that act's content
            if (d.lex.participle() && d.type.equals("Claim") && d.speaker != null && d.speaker.equals(before.speaker)
                    && d.start == Math.max(before.end, before.speakerEnd)) {
                before.contentStart = d.contentStart;
                drafts.remove(i);
                i--;
                continue;
            }
            if (d.lex.participle() && d.type.equals("Claim") && !before.type.equals("Claim") && d.speaker != null
                    && d.speaker.equals(before.speaker) && java.util.Objects.equals(d.coSpeaker, before.coSpeaker)) {
                // its topics stay its own: «جدد دعم جهود المبعوث نحو حل سياسي، مبينا أن … إنهاء الإرهاب» supports a
                // political solution, not counter-terrorism
                if (before.clauseEnd < 0) before.clauseEnd = d.start;
                drafts.remove(i);
                i--;
            }
        }
    }
}
