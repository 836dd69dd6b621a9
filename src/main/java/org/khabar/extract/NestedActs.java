package org.khabar.extract;

import java.util.List;

/** Acts of one sentence that are one act: a generic verb and the specific one that opens its content. */
final class NestedActs {
    private NestedActs() {}

    /**
     * A generic act whose content opens with a specific one takes its type, and the inner act is dropped; an
     * inner act with no subject of its own that adds no type ("said that … experts see") is dropped as well.
     */
    static void merge(List<Draft> drafts, boolean[] quoted) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft outer = drafts.get(i), inner = drafts.get(i + 1);
            if (inner.lex.participle() || inner.coordinated) continue;
            // «"I informed the partners … I also informed them …," the President said»: the quoted speaker's own
            // verbs of the same kind are one act with the quotation, not more
            boolean inside = outer.contentStart < outer.start
                    ? inner.start >= outer.contentStart && inner.start < outer.start // a quotation before its verb
                    : inner.start >= outer.contentStart && quoted[inner.start] && quoted[outer.contentStart];
            if (inside && inner.speaker != null && inner.speaker.equals(outer.speaker) && inner.type.equals(outer.type)) {
                drafts.remove(i + 1);
                i--;
                continue;
            }
            boolean opening = inner.start >= outer.contentStart && inner.start - outer.contentStart <= StatementStage.MERGE_WINDOW;
            if (!opening) continue;
            boolean generic = outer.type.equals("Claim") || outer.type.equals("Announcement");
            if (generic && !inner.type.equals("Claim")) outer.type = inner.type;
            else if (inner.explicit) continue;
            drafts.remove(i + 1);
            i--;
        }
    }
}
