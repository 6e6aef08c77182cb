package com.reportworkbench.ui;

import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the UI needs of the core, in one place. ViewModels call it only from {@link TaskExecutor}
 * work, never on the FX thread. {@link DefaultCoreServices} binds it to the real core; tests may
 * replace parts of it.
 */
public interface CoreServices {
    Store store();

    /** Loads dictionaries etc.; called once in the background after the first frame. */
    void warmUp();

    boolean importAvailable();

    ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel);

    /** Extracts the document's figures again, keeping the analyst's work; the number of new proposals. */
    int reextract(long documentId);

    /** A temporary folder holding the bundled sample reports. */
    Path sampleReports() throws IOException;

    /** Value and unit read from a selected piece of text, to prefill "add figure". */
    Optional<QuantityPrefill> parseSelection(String selectedText);

    boolean isKnownUnit(String unit);

    /** The value in base units (亿元 → 元 …), or null when the unit is unknown. */
    BigDecimal baseValue(BigDecimal value, String unit);

    /** The core indicators, for the indicator choosers. */
    List<IndicatorChoice> indicators();


    record QuantityPrefill(BigDecimal value, BigDecimal valueHigh, String unit, BigDecimal baseValue,
            Qualifier qualifier) {}

    record IndicatorChoice(String id, String name) {
        @Override
        public String toString() {
            return name == null || name.isEmpty() ? id : id + " · " + name;
        }
    }
}
