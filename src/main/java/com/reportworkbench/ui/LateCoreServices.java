package com.reportworkbench.ui;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The core services once the store is open: the window exists before the store does. */
public final class LateCoreServices implements CoreServices {
    private volatile CoreServices delegate;

    public void attach(CoreServices services) {
        this.delegate = services;
    }

    public boolean isAttached() {
        return delegate != null;
    }

    private CoreServices d() {
        CoreServices c = delegate;
        if (c == null) {
            throw new IllegalStateException("the store is not open yet");
        }
        return c;
    }

    @Override
    public Store store() {
        return d().store();
    }

    @Override
    public void warmUp() {
        d().warmUp();
    }

    @Override
    public boolean importAvailable() {
        return delegate != null && delegate.importAvailable();
    }

    @Override
    public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
        return d().importAll(roots, listener, cancel);
    }

    @Override
    public int reextract(long documentId) {
        return d().reextract(documentId);
    }

    @Override
    public Path sampleReports() throws IOException {
        return d().sampleReports();
    }

    @Override
    public Optional<QuantityPrefill> parseSelection(String selectedText) {
        return d().parseSelection(selectedText);
    }

    @Override
    public boolean isKnownUnit(String unit) {
        return delegate != null && delegate.isKnownUnit(unit);
    }

    @Override
    public BigDecimal baseValue(BigDecimal value, String unit) {
        return d().baseValue(value, unit);
    }

    @Override
    public List<IndicatorChoice> indicators() {
        return delegate == null ? DefaultCoreServices.loadIndicators() : delegate.indicators();
    }

}
