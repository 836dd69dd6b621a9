package org.khabar.extract;

/** The article is in a language Khabar does not read; it is skipped, never mis-extracted. */
public final class UnsupportedLanguageException extends Exception {
    public UnsupportedLanguageException(String message) { super(message); }
}
