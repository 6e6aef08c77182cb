package com.reportworkbench.importer;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees on a page, one block per line: {@code Element.text()} would run the whole report
 * into a single line. Scripts, styles and hidden elements are dropped; navigation and footers stay (they
 * are visible; recognising boilerplate is a later step that works on offsets into this text).
 */
final class HtmlVisibleText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "br");
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "canvas",
            "select", "datalist", "audio", "video", "map");

    private final StringBuilder out = new StringBuilder();
    private boolean lineHasText;
    private boolean pendingSpace;
    private Node skipping;
    private int insidePre;

    private HtmlVisibleText() {}

    static String of(Document page) {
        HtmlVisibleText visitor = new HtmlVisibleText();
        NodeTraversor.traverse(visitor, page.body() != null ? page.body() : page);
        visitor.endLine();
        int end = visitor.out.length();
        while (end > 0 && visitor.out.charAt(end - 1) == '\n') {
            end--;
        }
        return visitor.out.substring(0, end);
    }

    @Override
    public void head(Node node, int depth) {
        if (skipping != null) {
            return;
        }
        if (node instanceof TextNode textNode) {
            appendText(textNode.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (isInvisible(element, tag)) {
                skipping = node;
            } else if (BLOCKS.contains(tag)) {
                endLine();
                if (tag.equals("pre")) {
                    insidePre++;
                }
            } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                cellSeparator();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (skipping != null) {
            if (skipping == node) {
                skipping = null;
            }
            return;
        }
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            if (element.normalName().equals("pre")) {
                insidePre--;
            }
            endLine();
        }
    }

    private static boolean isInvisible(Element element, String tag) {
        if (INVISIBLE.contains(tag) || element.hasAttr("hidden")) {
            return true;
        }
        if (tag.equals("input") && "hidden".equalsIgnoreCase(element.attr("type"))) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Collapses HTML white space the way a browser does; keeps it as written inside pre. */
    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (insidePre > 0) {
                if (c == '\n') {
                    endLine();
                } else if (c != '\r') {
                    out.append(c);
                    lineHasText = true;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true;
            } else {
                if (pendingSpace && lineHasText && out.charAt(out.length() - 1) != '\t') {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
                lineHasText = true;
            }
        }
    }

    private void cellSeparator() {
        if (lineHasText) {
            out.append('\t');
        }
        pendingSpace = false;
    }

    private void endLine() {
        if (lineHasText) {
            out.append('\n');
        }
        lineHasText = false;
        pendingSpace = false;
    }
}
