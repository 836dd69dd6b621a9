package org.khabar.extract;

/** A resolved date: an ISO lexical form and its precision (xsd:date, xsd:gYearMonth or xsd:gYear). */
public record DateValue(String lexical, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    /** Whether the whole of this day, month or year lies after {@code day}. */
    public boolean after(java.time.LocalDate day) {
        String d = day.toString();
        return lexical.compareTo(d.substring(0, lexical.length())) > 0;
    }
}
