package com.reportworkbench.compare;

import com.reportworkbench.csv.SafeCsv;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison of targets against achievements over a store, and its CSV form of the command-line
 * contract (shared/spec/cli.md, {@code compare}). The rules are those of {@link AttainmentIndex}.
 */
public final class Comparison {
    /**
     * The CSV columns of the contract, in order, then two appended after them (so the contract's columns keep
     * their positions): the region's GB/T 2260 code and the measure of an indicator measured several ways.
     */
    public static final List<String> CSV_COLUMNS = List.of("region", "indicator", "year", "target_value",
            "target_unit", "target_qualifier", "target_doc", "actual_value", "actual_unit", "actual_doc", "gap",
            "status", "region_code", "measure");

    private Comparison() {}

    /** Every region, core indicator and year of the store. */
    public static List<AttainmentRow> run(Store store) {
        return run(store, false, null);
    }

    /**
     * @param reviewedOnly count only figures an analyst accepted, edited or added
     * @param documentIds only these documents, or null for all
     */
    public static List<AttainmentRow> run(Store store, boolean reviewedOnly, Collection<Long> documentIds) {
        Set<Long> wanted = documentIds == null ? null : new HashSet<>(documentIds);
        AttainmentIndex index = new AttainmentIndex(reviewedOnly);
        Map<Long, DocumentRecord> documents = new HashMap<>();
        for (DocumentRecord doc : store.documents().list()) {
            if (wanted == null || wanted.contains(doc.id())) {
                documents.put(doc.id(), doc);
            }
        }
        store.figures().forEachComparable(f -> {
            DocumentRecord doc = documents.get(f.documentId());
            if (doc != null) {
                index.offer(doc, f);
            }
        });
        return index.rows();
    }

    /**
     * Writes the rows as CSV (RFC 4180 by Apache Commons CSV, "\n" line ends, header first). A range target
     * shows both ends ("7-7.5"); the attainment is decided on {@link AttainmentRow#threshold()}. Text
     * cells are defused against formula injection ({@link SafeCsv}); plain numbers stay as they are.
     */
    public static void writeCsv(List<AttainmentRow> rows, Appendable out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, SafeCsv.LINES);
            csv.printRecord(CSV_COLUMNS);
            for (AttainmentRow r : rows) {
                csv.printRecord(
                        SafeCsv.text(r.region()),
                        SafeCsv.text(r.indicator()),
                        Integer.toString(r.year()),
                        SafeCsv.numberOrText(r.hasTarget() ? r.target().valueText() : ""),
                        SafeCsv.text(r.hasTarget() ? r.target().unit() : ""),
                        SafeCsv.text(r.hasTarget() ? r.target().qualifier().id() : ""),
                        SafeCsv.text(r.hasTarget() ? r.target().source().documentName() : ""),
                        SafeCsv.numberOrText(r.hasActual() ? r.actual().valueText() : ""),
                        SafeCsv.text(r.hasActual() ? r.actual().unit() : ""),
                        SafeCsv.text(r.hasActual() ? r.actual().source().documentName() : ""),
                        SafeCsv.numberOrText(AttainmentRow.plain(r.gap())),
                        r.status().id(),
                        SafeCsv.text(r.regionCode() == null ? "" : r.regionCode()),
                        SafeCsv.text(r.measure() == null ? "" : r.measure()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
