package org.khabar.extract;

/** A title a person holds according to the article, and the organisation or country it is of (may be null). */
public record Role(Actor person, String title, String titleLang, Actor of, Evidence evidence) {}
