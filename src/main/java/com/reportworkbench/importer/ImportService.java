package com.reportworkbench.importer;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.FigureExtractor;
import com.reportworkbench.extract.RuleBasedExtractor;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.DocumentRepository;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreException;
import com.reportworkbench.store.StoreLimits;
import com.reportworkbench.text.BoilerplateDetector;
import com.reportworkbench.text.DetectedMetadata;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataDetector;
import com.reportworkbench.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files into the store: read, detect metadata and debris, extract, store — one transaction per
 * document, so a crash leaves each document complete or absent. The same content twice is a skip.
 * Used by the command line and, from a background task, by the window.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Extraction threads: the machine's cores, at most four (the writer is the bottleneck beyond). */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * A bulk import commits documents in groups of at most this many documents, characters or seconds:
     * fewer, larger commits keep the store file compact; a crash costs at most the group in progress,
     * which the next import simply does again.
     */
    private static final int GROUP_DOCUMENTS = 32;
    private static final long GROUP_CHARS = 4_000_000;
    private static final long GROUP_NANOS = 1_000_000_000L;

    private final Store store;
    private final DocumentReader reader = new DocumentReader();
    private final FileCollector collector = new FileCollector();
    private final MetadataDetector metadataDetector = new MetadataDetector();
    private final BoilerplateDetector boilerplateDetector = new BoilerplateDetector();

    /** The extractor is built lazily (jieba's dictionary takes a second) and rebuilt when synonyms change. */
    private FigureExtractor extractor;
    private Map<String, String> extractorSynonyms;

    public ImportService(Store store) {
        this.store = store;
    }

    /** Loads the extractor and its dictionaries now, so that the first import does not wait for them. */
    public void warmUp() {
        FigureExtractor e = extractor();
        e.extract(ExtractionInput.of("地区生产总值增长6%。"));
    }

    /** The extractor with the analysts' own synonyms of the store. */
    public synchronized FigureExtractor extractor() {
        Map<String, String> synonyms = store.synonyms().all();
        if (extractor == null || !synonyms.equals(extractorSynonyms)) {
            extractor = RuleBasedExtractor.create(synonyms);
            extractorSynonyms = synonyms;
        }
        return extractor;
    }

    /**
     * Imports files and folders (recursively); a failure is reported and the batch goes on.
     *
     * <p>Reading and extraction run on a few worker threads while this thread stores the results one by
     * one in file order: extraction is CPU work that parallelises, the store is one writer. The flag is
     * checked between documents; nothing is interrupted.
     */
    public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
        FileCollector.Collected collected = collector.collectAll(roots);
        List<Path> files = collected.files();
        int total = files.size() + collected.skipped().size();
        listener.started(total);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (FileCollector.Skipped skip : collected.skipped()) {
            LOG.info("import: {} skipped: {}", skip.path(), skip.reason());
            ImportOutcome outcome = ImportOutcome.skipped(skip.path(), skip.reason());
            outcomes.add(outcome);
            listener.fileDone(outcomes.size(), total, outcome);
        }
        FigureExtractor batchExtractor = extractor(); // one for the batch, with the synonyms as they are now
        int workers = Math.max(1, Math.min(WORKERS, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "import-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<InFlight> inFlight = new ArrayDeque<>();
        List<Prepared> group = new ArrayList<>();
        long groupChars = 0;
        long groupStarted = System.nanoTime();
        int next = 0;
        try {
            while (true) {
                while (next < files.size() && inFlight.size() < workers * 2 && !cancel.isCancelled()) {
                    Path file = files.get(next++);
                    inFlight.add(new InFlight(file, pool.submit(() -> prepare(file, batchExtractor))));
                }
                if (inFlight.isEmpty()) {
                    break; // all done, or cancelled: nothing more was started
                }
                Prepared p = await(inFlight.poll());
                if (group.isEmpty()) {
                    groupStarted = System.nanoTime();
                }
                group.add(p);
                groupChars += p.document() == null ? 0 : p.document().text().length();
                boolean full = group.size() >= GROUP_DOCUMENTS || groupChars >= GROUP_CHARS
                        || System.nanoTime() - groupStarted >= GROUP_NANOS;
                if (full || inFlight.isEmpty()) {
                    for (ImportOutcome outcome : storeGroup(group)) {
                        outcomes.add(outcome);
                        listener.fileDone(outcomes.size(), total, outcome);
                    }
                    group.clear();
                    groupChars = 0;
                }
            }
        } finally {
            pool.shutdown();
        }
        return new ImportSummary(outcomes, outcomes.size() < total);
    }

    /** A file being read and extracted on a worker. */
    private record InFlight(Path file, Future<Prepared> future) {}

    /** Imports one file; never throws for bad input, the outcome says what went wrong. */
    public ImportOutcome importFile(Path file) {
        return storeGroup(List.of(prepare(file, extractor()))).get(0);
    }

    /** A file read and extracted, ready to store; or the outcome that ends it (failure, duplicate). */
    private record Prepared(Path file, NewDocument document, List<Figure> figures, ImportOutcome done, String note) {
        Prepared(Path file, ImportOutcome done) {
            this(file, null, null, done, null);
        }
    }

    /**
     * Reads and extracts one file. Never throws: whatever goes wrong with this file — a refusal, a
     * {@link StackOverflowError} from a deeply nested document, a {@link LinkageError}, a library's bug —
     * becomes this file's failure, and the batch goes on.
     */
    private Prepared prepare(Path file, FigureExtractor figureExtractor) {
        DecodedDocument doc;
        try {
            doc = reader.read(file);
        } catch (UnreadableDocumentException e) {
            return new Prepared(file, ImportOutcome.failed(file, e.getMessage()));
        } catch (Throwable e) { // NOPMD: any failure of one file is that file's failure
            LOG.error("import: reading {} failed", file, e);
            return new Prepared(file, ImportOutcome.failed(file, FailureReasons.of(e)));
        }
        try {
            Optional<Long> existing = store.documents().idBySha256(doc.sha256());
            if (existing.isPresent()) {
                return new Prepared(file, skipped(file, existing.get()));
            }
            DetectedMetadata detected = metadataDetector.detectWithEvidence(doc.text(), doc.fileName());
            DocumentMetadata metadata = detected.metadata();
            List<TextRange> boilerplate = boilerplateDetector.detect(doc.text());
            List<Figure> figures = figureExtractor.extract(
                    new ExtractionInput(doc.text(), boilerplate, metadata.reportDate(), metadata.year()));
            NewDocument stored = new NewDocument(doc.fileName(), file.toAbsolutePath().toString(), doc.sha256(),
                    doc.format(), doc.encoding(), doc.text(), metadata, boilerplate, detected.evidence());
            String refused = StoreLimits.whyNot(stored);
            if (refused != null) {
                return new Prepared(file, ImportOutcome.failed(file, "cannot be stored: " + refused));
            }
            List<Figure> storable = new ArrayList<>(figures.size());
            Map<String, Integer> left = new LinkedHashMap<>();
            for (Figure f : figures) {
                String why = StoreLimits.whyNot(f);
                if (why == null) {
                    storable.add(f);
                } else {
                    left.merge(why, 1, Integer::sum);
                }
            }
            String note = null;
            if (!left.isEmpty()) {
                int count = left.values().stream().mapToInt(Integer::intValue).sum();
                note = count + (count == 1 ? " figure was" : " figures were") + " not stored: " + left.keySet().iterator().next()
                        + (left.size() > 1 ? " (and " + (left.size() - 1) + " other reasons)" : "");
                LOG.warn("import: {}: {}", file, note);
            }
            return new Prepared(file, stored, storable, null, note);
        } catch (StoreException e) {
            return new Prepared(file, ImportOutcome.failed(file, e.getMessage()));
        } catch (Throwable e) { // NOPMD: see above
            LOG.error("import: extracting {} failed", file, e);
            return new Prepared(file, ImportOutcome.failed(file, "extraction failed: " + FailureReasons.of(e)));
        }
    }


    /**
     * Stores a group of prepared files in one transaction (see {@link DocumentRepository#insertAll}) and
     * returns their outcomes in order; the outcomes are reported only once the group is committed. If
     * the group fails as a whole, each document is tried alone so that one bad document costs only itself.
     */
    private List<ImportOutcome> storeGroup(List<Prepared> group) {
        List<DocumentRepository.Extracted> toStore = group.stream()
                .filter(p -> p.done() == null)
                .map(p -> new DocumentRepository.Extracted(p.document(), p.figures()))
                .toList();
        List<DocumentRepository.Stored> stored;
        try {
            stored = toStore.isEmpty() ? List.of() : store.documents().insertAll(toStore);
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException)) {
                LOG.error("import: storing {} documents failed", toStore.size(), e);
            }
            if (toStore.size() == 1) {
                return group.stream().map(p -> p.done() != null ? p.done()
                        : ImportOutcome.failed(p.file(), e.getMessage())).toList();
            }
            List<ImportOutcome> oneByOne = new ArrayList<>();
            for (Prepared p : group) {
                oneByOne.addAll(storeGroup(List.of(p)));
            }
            return oneByOne;
        }
        List<ImportOutcome> outcomes = new ArrayList<>(group.size());
        int i = 0;
        for (Prepared p : group) {
            if (p.done() != null) {
                outcomes.add(p.done());
                continue;
            }
            DocumentRepository.Stored s = stored.get(i++);
            outcomes.add(s.inserted()
                    ? new ImportOutcome(ImportOutcome.Status.IMPORTED, p.file(), p.figures().size() + " figures"
                            + (p.note() == null ? "" : "; " + p.note()), s.id(), p.figures().size(), p.note())
                    : skipped(p.file(), s.id()));
        }
        return outcomes;
    }

    private static ImportOutcome skipped(Path file, long existingId) {
        return new ImportOutcome(ImportOutcome.Status.SKIPPED, file,
                "already imported (same content as document " + existingId + ")", existingId, 0);
    }

    /** The worker's result; a worker that died anyway (it cannot, but a batch must never stop) fails its file. */
    private static Prepared await(InFlight f) {
        try {
            return f.future().get();
        } catch (ExecutionException e) {
            LOG.error("import: the worker for {} failed", f.file(), e.getCause());
            return new Prepared(f.file(), ImportOutcome.failed(f.file(), FailureReasons.of(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /**
     * Extracts a stored document again (after a metadata correction or a new synonym), keeping every
     * figure an analyst touched.
     *
     * @return how many new machine proposals were stored
     */
    public int reextract(long documentId) {
        DocumentRecord doc = store.documents().get(documentId)
                .orElseThrow(() -> new StoreException("no document " + documentId));
        String text = store.documents().text(documentId);
        List<TextRange> boilerplate = store.documents().boilerplate(documentId);
        List<Figure> figures = extractor().extract(
                new ExtractionInput(text, boilerplate, doc.reportDate(), doc.year()));
        return store.figures().replaceMachineProposals(documentId, figures);
    }
}
