package com.reportworkbench.export;

import com.reportworkbench.compare.AttainmentIndex;
import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.CoreIndicators;
import com.reportworkbench.files.AtomicFile;
import com.reportworkbench.files.DiskFull;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreTargets;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exports figures, the comparison and the documents: an .xlsx workbook (sheets Figures, Attainment, Wide,
 * Documents) or one CSV file per sheet.
 *
 * <p>One pass over the figures: each figure is written to the Figures sheet as it streams from the store,
 * and offered to a compact {@link AttainmentIndex} (best candidate per region, indicator, year, side and unit
 * family) from which the Attainment and Wide sheets are made afterwards. Memory therefore depends on the
 * number of documents and comparison keys, not on the number of figures.
 */
public final class Exporter {
    private Exporter() {}

    /**
     * Writes the workbook to {@code file}, replacing it only when the new one is whole. A file inside the
     * store's folder is refused: it could replace the store itself.
     */
    public static ExportSummary toXlsx(Store store, Path file, ExportOptions options) throws IOException {
        StoreTargets.refuseInsideStore(file, store.directory(), "export");
        return toXlsx(ExportSource.of(store, options.documentIds()), file, options);
    }

    /**
     * Writes the workbook through a temporary file beside {@code file}: fastexcel streams it, its sheets
     * get their true dimensions ({@link XlsxDimensions}), and the result is flushed and moved over
     * {@code file} in one step. A failure or a kill leaves the earlier file as it was.
     */
    public static ExportSummary toXlsx(ExportSource source, Path file, ExportOptions options) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path streamed = AtomicFile.temporaryFor(target.resolveSibling(target.getFileName() + ".part"));
        Path temp = null;
        try {
            ExportSummary summary;
            Map<Integer, String> dimensions;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(streamed), 1 << 16);
                    XlsxTableWriter writer = new XlsxTableWriter(out)) {
                summary = write(source, writer, options, List.of(file));
                writer.close();
                dimensions = writer.dimensions();
            }
            temp = AtomicFile.temporaryFor(target);
            XlsxDimensions.copyWithDimensions(streamed, temp, dimensions);
            AtomicFile.commit(temp, target);
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            if (temp != null) {
                AtomicFile.deleteQuietly(temp);
            }
            if (DiskFull.isDiskFull(e, target)) {
                throw new IOException(DiskFull.message(target), e);
            }
            throw e;
        } finally {
            AtomicFile.deleteQuietly(streamed);
        }
    }

    /**
     * Writes figures.csv, attainment.csv, wide.csv and documents.csv into {@code directory}, each file
     * replaced only when whole. A folder inside the store's folder is refused.
     */
    public static ExportSummary toCsv(Store store, Path directory, ExportOptions options) throws IOException {
        StoreTargets.refuseInsideStore(directory, store.directory(), "export");
        return toCsv(ExportSource.of(store, options.documentIds()), directory, options);
    }

    public static ExportSummary toCsv(ExportSource source, Path directory, ExportOptions options) throws IOException {
        try (CsvTableWriter writer = new CsvTableWriter(directory)) {
            ExportSummary s = write(source, writer, options, List.of());
            return new ExportSummary(s.figures(), s.attainmentRows(), s.wideRows(), s.documents(),
                    List.copyOf(writer.files()));
        } catch (IOException e) {
            if (DiskFull.isDiskFull(e, directory)) {
                throw new IOException(DiskFull.message(directory), e);
            }
            throw e;
        }
    }

    static ExportSummary write(ExportSource source, TableWriter writer, ExportOptions options, List<Path> files)
            throws IOException {
        CoreIndicators indicators = CoreIndicators.standard();
        List<DocumentRecord> documents = source.documents();
        Map<Long, DocumentRecord> byId = new HashMap<>();
        for (DocumentRecord d : documents) {
            byId.put(d.id(), d);
        }
        AttainmentIndex index = new AttainmentIndex(options.reviewedOnly());
        Map<Long, Long> exportedPerDocument = new HashMap<>();

        writer.begin(Sheets.FIGURES, "figures", Sheets.FIGURE_COLUMNS);
        RowPipe pipe = new RowPipe();
        FigureSheet figures = new FigureSheet(source, pipe, byId, index, indicators, exportedPerDocument, options);
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                source.forEachFigure(figures);
            } catch (Throwable t) {
                readFailure.set(t);
            } finally {
                pipe.finish();
            }
        }, "export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            pipe.drainTo(writer);
        } finally {
            joinUninterruptibly(reader);
        }
        Throwable failed = readFailure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IOException(failed);
        }
        writer.end();
        if (options.progress() != null) {
            options.progress().accept(figures.written);
        }

        List<AttainmentRow> rows = index.rows();
        writer.begin(Sheets.ATTAINMENT, "attainment", Sheets.ATTAINMENT_COLUMNS);
        for (AttainmentRow r : rows) {
            writer.row(Sheets.attainmentRow(r));
        }
        writer.end();

        List<Object[]> wide = Sheets.wideRows(rows, indicators);
        writer.begin(Sheets.WIDE, "wide", Sheets.wideColumns(indicators));
        for (Object[] r : wide) {
            writer.row(r);
        }
        writer.end();

        writer.begin(Sheets.DOCUMENTS, "documents", Sheets.DOCUMENT_COLUMNS);
        for (DocumentRecord d : documents) {
            writer.row(Sheets.documentRow(d, exportedPerDocument.getOrDefault(d.id(), 0L)));
        }
        writer.end();
        return new ExportSummary(figures.written, rows.size(), wide.size(), documents.size(), files);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On the reading thread: makes one Figures row per streamed figure and offers the figure to the
     * comparison index; keeps only the current document's text.
     */
    private static final class FigureSheet implements java.util.function.Consumer<FigureRecord> {
        private final ExportSource source;
        private final RowPipe writer;
        private final Map<Long, DocumentRecord> documents;
        private final AttainmentIndex index;
        private final CoreIndicators indicators;
        private final Map<Long, Long> exportedPerDocument;
        private final ExportOptions options;
        private long textOf = -1;
        private String text;
        long written;

        FigureSheet(ExportSource source, RowPipe writer, Map<Long, DocumentRecord> documents,
                AttainmentIndex index, CoreIndicators indicators, Map<Long, Long> exportedPerDocument,
                ExportOptions options) {
            this.source = source;
            this.writer = writer;
            this.documents = documents;
            this.index = index;
            this.indicators = indicators;
            this.exportedPerDocument = exportedPerDocument;
            this.options = options;
        }

        @Override
        public void accept(FigureRecord f) {
            if (options.cancelled() != null && options.cancelled().getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            if (options.reviewedOnly() && (!f.isReviewed() || f.status() == ReviewStatus.REJECTED)) {
                return;
            }
            DocumentRecord doc = documents.get(f.documentId());
            if (doc == null) {
                return; // not a selected document
            }
            index.offer(doc, f);
            writer.add(Sheets.figureRow(doc, f, sentence(f), indicators));
            exportedPerDocument.merge(f.documentId(), 1L, Long::sum);
            written++;
            if (options.progress() != null && written % 10_000 == 0) {
                options.progress().accept(written);
            }
        }

        private String sentence(FigureRecord f) {
            if (textOf != f.documentId()) {
                textOf = f.documentId();
                text = source.text(textOf);
            }
            int from = Math.max(0, f.current().sentenceStart());
            int to = Math.min(text.length(), f.current().sentenceEnd());
            return from < to ? SentenceCell.around(text, from, to, f.current().start(), f.current().end()) : null;
        }
    }
}
