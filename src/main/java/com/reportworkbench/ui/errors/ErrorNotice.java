package com.reportworkbench.ui.errors;

import static com.reportworkbench.ui.I18n.tr;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A bar above the status line: "something failed" with the short reason, "copy details" (the stack
 * trace to the clipboard, for a bug report) and "dismiss". Non-blocking: the work goes on beside it.
 */
public final class ErrorNotice extends HBox {
    private final Label message = new Label();
    private String details = "";

    public ErrorNotice() {
        setId("errorNotice");
        getStyleClass().add("error-notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        message.setId("errorNoticeMessage");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button copy = new Button(tr("error.copy"));
        copy.setId("errorNoticeCopy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        Button dismiss = new Button(tr("error.dismiss"));
        dismiss.setId("errorNoticeDismiss");
        dismiss.setOnAction(e -> hideNotice());
        getChildren().addAll(message, copy, dismiss);
        hideNotice();
    }

    public void show(Throwable e) {
        details = stackTrace(e);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.setText(tr("error.notice", reason.length() > 160 ? reason.substring(0, 160) + "…" : reason));
        setVisible(true);
        setManaged(true);
    }

    public void hideNotice() {
        setVisible(false);
        setManaged(false);
    }

    public String details() {
        return details;
    }

    public String message() {
        return message.getText();
    }

    static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
