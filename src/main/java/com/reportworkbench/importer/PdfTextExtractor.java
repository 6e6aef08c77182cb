package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A .pdf file's text layer through PDFBox, page after page. A PDF without a text layer (a scan) yields no
 * text: it is refused with that reason rather than imported empty, since OCR is out of scope.
 */
final class PdfTextExtractor implements FormatTextExtractor {
    @Override
    public DecodedText extract(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException("the PDF has no pages");
            }
            String text = stripper().getText(document);
            if (text.isBlank()) {
                throw new UnreadableDocumentException("no text layer (scanned PDF?): run OCR on it first");
            }
            return new DecodedText(text, "pdf");
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("encrypted PDF: it needs a password to open — save an unprotected copy", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("corrupt PDF: " + Reasons.firstLine(e), e);
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        // "\n" everywhere (not the platform separator): the text must not depend on the machine
        stripper.setLineSeparator("\n");
        stripper.setPageStart("");
        stripper.setPageEnd("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("");
        return stripper;
    }
}
