package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A .docx file through POI XWPF: body paragraphs and tables in document order, then footnotes and
 * endnotes (reports put sources and definitions of their figures there). One paragraph per line; a table
 * row is one line with its cells separated by tabs, so a figure stays on the line of its label. Page
 * headers and footers are left out: they are page furniture, not report text.
 */
final class DocxTextExtractor implements FormatTextExtractor {
    /** What XWPFRun.text() writes for a footnote or endnote reference mark. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:-?\\d+]");

    @Override
    public DecodedText extract(byte[] bytes) throws UnreadableDocumentException {
        rejectNonOoxml(bytes);
        XmlNesting.check(bytes, ".docx");
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            addBody(document, lines);
            for (XWPFAbstractFootnoteEndnote note : document.getFootnotes()) {
                addBody(note, lines);
            }
            for (XWPFAbstractFootnoteEndnote note : document.getEndnotes()) {
                addBody(note, lines);
            }
        } catch (IOException | RuntimeException e) {
            // POI signals broken packages with a zoo of unchecked exceptions; any of them means "corrupt"
            throw new UnreadableDocumentException("corrupt .docx: " + Reasons.firstLine(e), e);
        }
        String text = String.join("\n", lines);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the .docx contains no text");
        }
        return new DecodedText(text, "docx");
    }

    private static void rejectNonOoxml(byte[] bytes) throws UnreadableDocumentException {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableDocumentException(isEncryptedOoxml(bytes)
                    ? "password-protected .docx: remove the password in Word and import again"
                    : "not a .docx: this is an old Word 97-2003 file — save it as .docx");
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocumentException("corrupt .docx: the file is not a Word (ZIP) package");
        }
    }

    /** Word saves a password-protected .docx as an OLE2 container holding an EncryptionInfo stream. */
    private static boolean isEncryptedOoxml(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void addBody(IBody body, List<String> lines) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                addLine(paragraphText(paragraph), lines);
            } else if (element instanceof XWPFTable table) {
                addTable(table, lines);
            } else if (element instanceof XWPFSDT contentControl) {
                addLine(contentControl.getContent().getText(), lines);
            }
        }
    }

    /**
     * The paragraph's runs, without the "[footnoteRef:1]" markers and " [1: note text] " copies POI's
     * {@code getText()} inserts: a marker digit next to a figure would read as part of it, and the notes
     * are listed once, at the end.
     */
    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) { // skip text deleted under track changes
                    text.append(NOTE_REFERENCE.matcher(run.text()).replaceAll(""));
                }
            } else if (element instanceof XWPFSDT contentControl) {
                text.append(contentControl.getContent().getText());
            }
        }
        return text.toString();
    }

    private static void addTable(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell));
            }
            addLine(String.join("\t", cells), lines);
        }
    }

    /** A cell's paragraphs (and nested tables) on one line: a cell is one value with its label. */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        addBody(cell, parts);
        return String.join(" ", parts).replace('\n', ' ').replace('\t', ' ');
    }

    /** Empty paragraphs are spacing, not text. */
    private static void addLine(String line, List<String> lines) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }
}
