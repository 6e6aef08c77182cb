package com.reportworkbench.store;

/** A store operation failed; the message says what, in words an analyst can act on. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
