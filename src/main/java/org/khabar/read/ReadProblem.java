package org.khabar.read;

/** A file or record that could not be read: where ({@code file} or {@code file:line}) and why, in plain words. */
public record ReadProblem(String where, String message) {
    @Override public String toString() { return where + ": " + message; }
}
