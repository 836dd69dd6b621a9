package org.khabar.store;

/** The store folder is in use by another process (TDB2's tdb.lock). */
public final class StoreLockedException extends RuntimeException {
    public StoreLockedException(String message, Throwable cause) { super(message, cause); }
}
