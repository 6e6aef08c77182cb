package com.reportworkbench.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: rows per table and the files. */
public record ExportSummary(long figures, int attainmentRows, int wideRows, int documents, List<Path> files) {}
