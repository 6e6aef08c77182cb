package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.text.FieldEvidence;

/** How a field's evidence reads in the window: "review heading · sure · 一、2009年工作回顾". */
public final class EvidenceText {
    private EvidenceText() {}

    public static String of(FieldEvidence e) {
        if (e == null) {
            return tr("metadata.evidence.none");
        }
        StringBuilder s = new StringBuilder(tr("metadata.cue." + e.cue().id()))
                .append(" · ").append(tr("metadata.confidence." + e.confidence().id()));
        if (e.quote() != null && !e.quote().isBlank()) {
            s.append(" · ").append(e.quote());
        }
        if (e.conflict() != null && !e.conflict().isBlank()) {
            s.append('\n').append(tr("metadata.evidence.conflict", e.conflict()));
        }
        return s.toString();
    }
}
