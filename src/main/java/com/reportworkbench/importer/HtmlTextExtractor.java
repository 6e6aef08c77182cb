package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A saved web page through jsoup: the charset from a BOM, else from the page's meta tag if the bytes agree,
 * else detected like a .txt; then the visible text with block elements on their own lines.
 */
final class HtmlTextExtractor implements FormatTextExtractor {
    /** A meta charset must appear in the first 1024 bytes (HTML spec); a little more covers sloppy pages. */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public DecodedText extract(byte[] bytes) throws UnreadableDocumentException {
        DecodedText markup = decoder.decode(bytes, declaredCharset(bytes));
        Document page = Jsoup.parse(markup.text());
        String text = HtmlVisibleText.of(page);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the page has no visible text");
        }
        return new DecodedText(text, markup.encoding());
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown name: detect instead
        }
    }
}
