package com.reportworkbench.importer;

/** A file that cannot become a document; the message is the one-line reason shown to the analyst. */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
