package com.reportworkbench.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses an Office file whose XML nests deeper than any real document before it reaches POI. XmlBeans
 * (under POI) parses and walks nested elements recursively: 20,000 tables in tables overflow the stack,
 * and a {@link StackOverflowError} thrown while XmlBeans holds one of its global locks leaves that lock
 * held, so every later .docx of the process would wait for it forever. A streaming (StAX) pass counts
 * the depth without recursion and stops at the limit.
 */
final class XmlNesting {
    /** Real reports nest tables a few levels deep (a table level is three elements); this is far beyond. */
    static final int MAX_DEPTH = 600;

    private XmlNesting() {}

    /** Throws if an XML part of the zip {@code bytes} nests deeper than {@link #MAX_DEPTH} elements. */
    static void check(byte[] bytes, String format) throws UnreadableDocumentException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".xml") && depthExceeds(factory, zip)) {
                    throw new UnreadableDocumentException("cannot read: the " + format + " is nested too deeply ("
                            + entry.getName() + " has elements more than " + MAX_DEPTH + " levels deep)");
                }
            }
        } catch (IOException e) {
            // not readable as a zip here: POI will say what is wrong with it
        }
    }

    private static boolean depthExceeds(XMLInputFactory factory, InputStream part) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new NonClosing(part));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                    return true;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false; // malformed XML: POI's own error says it better
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing to release
                }
            }
        }
    }

    /** The zip stream stays open for the next entry when the XML reader is done with this one. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
