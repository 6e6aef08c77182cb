package com.reportworkbench.ui.review;

import com.reportworkbench.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Section headings of a report: 一、… 二、…, （一）…, and lines such as 2024年工作安排. */
public final class Headings {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t\\u3000]*(.+?)[ \\t\\u3000\\r]*$");
    private static final Pattern TOP = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]\\S.{0,40}$");
    private static final Pattern SUB = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]\\S.{0,30}$");
    private static final Pattern YEAR_WORK = Pattern.compile(
            "^((19|20)\\d{2}年|今年|明年|过去五年|过去一年|“十[一二三四五六]五”).{0,12}(工作安排|工作回顾|主要目标|总体要求|预期目标|工作建议|主要任务|重点工作|目标任务)\\S{0,4}$");

    private Headings() {}

    /** Top-level headings (一、 …, year work lines): where "this section" of a review starts. */
    public static List<TextRange> topLevel(String text) {
        return find(text, false);
    }

    /** Every heading, sub-headings included: what the text view sets in bold. */
    public static List<TextRange> all(String text) {
        return find(text, true);
    }

    private static List<TextRange> find(String text, boolean withSub) {
        List<TextRange> out = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            String line = m.group(1);
            if (line.length() > 45) {
                continue;
            }
            if (TOP.matcher(line).matches() || YEAR_WORK.matcher(line).matches()
                    || (withSub && SUB.matcher(line).matches() && line.length() <= 32)) {
                out.add(new TextRange(m.start(1), m.end(1)));
            }
        }
        return out;
    }

    /** The section [start, end) holding an offset, between two top-level headings. */
    public static TextRange sectionAt(List<TextRange> topLevel, int offset, int textLength) {
        int start = 0;
        int end = textLength;
        for (TextRange h : topLevel) {
            if (h.start() <= offset) {
                start = h.start();
            } else {
                end = h.start();
                break;
            }
        }
        return new TextRange(start, end);
    }
}
