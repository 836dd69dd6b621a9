package org.khabar.extract;

/**
 * A real-world actor or place: one key across articles and languages.
 * {@code labelEn}/{@code labelAr} may be null where unknown; {@code wikidata} is a QID or null.
 */
public record Actor(String key, ActorKind kind, String labelEn, String labelAr, String wikidata) {
    public String label() { return labelEn != null ? labelEn : labelAr; }
}
