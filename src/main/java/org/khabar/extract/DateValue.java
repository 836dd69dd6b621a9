package org.khabar.extract;

/** A resolved date: an ISO lexical form and its precision (xsd:date, xsd:gYearMonth or xsd:gYear). */
public record DateValue(String lexical, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }
}
