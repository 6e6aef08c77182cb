package com.reportworkbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {
    private final BoilerplateDetector detector = new BoilerplateDetector();

    private static List<String> pieces(String text, List<TextRange> ranges) {
        return ranges.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void findsNavigationShareHeadersFootersAndUrls() {
        String text = "导航菜单\n\n《某县政府工作报告.docx》由会员分享,可在线阅读,更多相关《某县政府工作报告.docx(12页珍藏版)》请在优知文库上搜索。\n"
                + "各位代表：全年新建学校12所。\n本文地址:/baogao/db/1234.html\n版权所有 某某网 苏ICP备12345678号\n"
                + "详见 https://example.org/a/b.html 页面";
        List<String> found = pieces(text, detector.detect(text));
        assertThat(found).contains("导航菜单", "本文地址:/baogao/db/1234.html", "https://example.org/a/b.html");
        assertThat(found).anyMatch(s -> s.startsWith("《某县政府工作报告.docx》由会员分享") && s.endsWith("上搜索。"));
        assertThat(found).anyMatch(s -> s.startsWith("版权所有"));
        assertThat(found).noneMatch(s -> s.contains("12所"));
    }

    @Test
    void findsToolbarLinesAndTrailingRelatedLinks() {
        String text = "下载\n打印\n【字号：\n加大\n】\n2026年某省政府工作报告\n来源：某某日报\n时间：2026-02-11\n正文增长5%。\n相关报道：\n链接一";
        List<TextRange> ranges = detector.detect(text);
        List<String> found = pieces(text, ranges);
        assertThat(found).contains("来源：某某日报", "时间：2026-02-11");
        assertThat(found).anyMatch(s -> s.startsWith("下载"));
        assertThat(found.get(found.size() - 1)).contains("相关报道：").endsWith("链接一");
        assertThat(found).noneMatch(s -> s.contains("增长5%") || s.contains("政府工作报告"));
    }

    @Test
    void rangesAreSortedAndDisjoint() {
        String text = "导航菜单\n打印\n收藏\n正文。";
        List<TextRange> ranges = detector.detect(text);
        assertThat(ranges).isNotEmpty();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isGreaterThan(ranges.get(i - 1).end());
        }
    }

    @Test
    void bulletLinesAreDebrisOnlyOnTheSiteThatWritesThem() {
        String report = "今年的主要目标：\n- 城镇新增就业5万人以上\n- 粮食产量稳定在60万吨\n";
        assertThat(detector.detect(report)).isEmpty();
        String shared = "《某区政府工作报告.docx》由会员分享,可在线阅读。\n- 配套讲稿:\n- 2023 区政府 工作报告\n正文增长5%。\n";
        List<String> found = pieces(shared, detector.detect(shared));
        assertThat(found).anyMatch(s -> s.contains("- 2023 区政府 工作报告"));
        assertThat(found).noneMatch(s -> s.contains("增长5%"));
    }

    @Test
    void aSiteFooterLineRunsOnlyWithItsSiteMarkers() {
        String report = "如PPT文件的首页显示word图标的说明不在本报告中。\n全年新建学校12所。\n";
        assertThat(detector.detect(report)).isEmpty();
    }
}
