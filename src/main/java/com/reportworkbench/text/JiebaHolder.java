package com.reportworkbench.text;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.WordDictionary;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The one jieba segmenter of the process, loaded lazily and once (its dictionary takes ~1.5 s and 75 MB).
 * jieba prints its load messages to stdout, which must stay clean for the JSONL of the command line:
 * the load runs with System.out pointed at nothing. Segmenting is thread-safe once the dictionary is in.
 */
public final class JiebaHolder {
    private JiebaHolder() {
    }

    private static final class Loaded {
        static final JiebaSegmenter SEGMENTER = loadQuietly();
    }

    /** The shared segmenter; the first call loads the dictionary. */
    public static JiebaSegmenter segmenter() {
        return Loaded.SEGMENTER;
    }

    /** jieba's word dictionary (loaded quietly with the segmenter), for word look-ups without segmenting. */
    public static WordDictionary dictionary() {
        segmenter();
        return WordDictionary.getInstance();
    }

    private static JiebaSegmenter loadQuietly() {
        synchronized (System.class) {
            PrintStream out = System.out;
            try {
                System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                JiebaSegmenter segmenter = new JiebaSegmenter();
                // the HMM model for unknown words loads on the first cut: do it now, still silenced
                segmenter.process("预热分词词典", JiebaSegmenter.SegMode.SEARCH);
                return segmenter;
            } finally {
                System.setOut(out);
            }
        }
    }
}
