package org.khabar.nlp;

/**
 * A token over the document text: UTF-16 offsets {@code [start, end)}, its folded {@code form} for matching,
 * and the proclitic (و ف ب ل ك, alone or combined) split off its front, empty when none.
 * For «للأمم» the clitic is «ل» and the form is «الامم»: the article that the spelling merged is restored.
 */
public record Token(int start, int end, String form, String clitic) {
    public boolean isPunctuation() {
        return form.length() == 1 && !Character.isLetterOrDigit(form.charAt(0));
    }
    public boolean hasClitic(char c) { return clitic.indexOf(c) >= 0; }
    @Override public String toString() { return "[" + start + "," + end + ")" + (clitic.isEmpty() ? "" : clitic + "+") + form; }
}
