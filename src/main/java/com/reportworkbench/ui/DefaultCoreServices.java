package com.reportworkbench.ui;

import com.reportworkbench.extract.QuantityParser;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.importer.SampleReports;
import com.reportworkbench.indicator.IndicatorCatalog;
import com.reportworkbench.store.Store;
import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The core as the UI sees it: the store, the import service, the unit table, parser and catalogue. */
public class DefaultCoreServices implements CoreServices {
    private final Store store;
    private final ImportService importService;
    private final UnitTable units;
    private final QuantityParser parser;
    private final List<IndicatorChoice> indicators;

    public DefaultCoreServices(Store store) {
        this.store = store;
        this.importService = new ImportService(store);
        this.units = UnitTable.load();
        this.parser = new QuantityParser(units);
        this.indicators = IndicatorCatalog.load().all().stream()
                .map(i -> new IndicatorChoice(i.id(), i.canonicalName()))
                .toList();
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public void warmUp() {
        importService.warmUp();
    }

    @Override
    public boolean importAvailable() {
        return true;
    }

    @Override
    public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
        return importService.importAll(roots, listener, cancel);
    }

    @Override
    public int reextract(long documentId) {
        return importService.reextract(documentId);
    }

    @Override
    public Path sampleReports() {
        return SampleReports.copyToTempFolder();
    }

    @Override
    public Optional<QuantityPrefill> parseSelection(String selectedText) {
        if (selectedText == null || selectedText.isBlank()) {
            return Optional.empty();
        }
        return parser.parse(selectedText).map(q -> new QuantityPrefill(q.value(), q.valueHigh(), q.unit(),
                q.baseValue(), q.qualifier()));
    }

    @Override
    public boolean isKnownUnit(String unit) {
        return unit != null && units.isKnown(unit);
    }

    @Override
    public BigDecimal baseValue(BigDecimal value, String unit) {
        if (value == null || unit == null || !units.isKnown(unit)) {
            return null;
        }
        return units.baseValue(value, unit);
    }

    @Override
    public List<IndicatorChoice> indicators() {
        return indicators;
    }


    /** The catalogue without a store (for the choosers before the store is open). */
    static List<IndicatorChoice> loadIndicators() {
        return IndicatorCatalog.load().all().stream()
                .map(i -> new IndicatorChoice(i.id(), i.canonicalName()))
                .toList();
    }
}
