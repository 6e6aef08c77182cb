package com.reportworkbench.ui;

import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The core as the UI sees it. */
public class DefaultCoreServices implements CoreServices {
    private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
            Map.entry("%", BigDecimal.ONE), Map.entry("个百分点", BigDecimal.ONE), Map.entry("元", BigDecimal.ONE),
            Map.entry("万元", new BigDecimal("1E4")), Map.entry("亿元", new BigDecimal("1E8")),
            Map.entry("亿", new BigDecimal("1E8")), Map.entry("万", new BigDecimal("1E4")),
            Map.entry("万人", new BigDecimal("1E4")), Map.entry("人", BigDecimal.ONE),
            Map.entry("个", BigDecimal.ONE), Map.entry("项", BigDecimal.ONE), Map.entry("户", BigDecimal.ONE),
            Map.entry("家", BigDecimal.ONE), Map.entry("公里", BigDecimal.ONE), Map.entry("吨", BigDecimal.ONE),
            Map.entry("万吨", new BigDecimal("1E4")), Map.entry("亩", BigDecimal.ONE),
            Map.entry("万亩", new BigDecimal("1E4")), Map.entry("万人次", new BigDecimal("1E4")),
            Map.entry("亿美元", new BigDecimal("1E8")), Map.entry("万美元", new BigDecimal("1E4")));
    private static final Pattern QUANTITY = Pattern.compile(
            "(约|近|超过|超|突破|不到)?([0-9]+(?:\\.[0-9]+)?)(?:[-—~至]([0-9]+(?:\\.[0-9]+)?))?\\s*([^0-9\\s，,。；;、]{0,4}?)(左右|以上|以内|余)?$");

    private final Store store;
    private final List<IndicatorChoice> indicators;

    public DefaultCoreServices(Store store) {
        this.store = store;
        this.indicators = loadIndicators();
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public void warmUp() {}

    @Override
    public boolean importAvailable() {
        return false;
    }

    @Override
    public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
        throw new UnsupportedOperationException("import is not available in this build");
    }

    @Override
    public int reextract(long documentId) {
        throw new UnsupportedOperationException("re-extraction is not available in this build");
    }

    @Override
    public Path sampleReports() throws IOException {
        throw new IOException("the sample reports are not available in this build");
    }

    @Override
    public Optional<QuantityPrefill> parseSelection(String selectedText) {
        if (selectedText == null) {
            return Optional.empty();
        }
        Matcher m = QUANTITY.matcher(selectedText.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2));
        BigDecimal high = m.group(3) == null ? null : new BigDecimal(m.group(3));
        String unit = m.group(4) == null ? "" : m.group(4);
        Qualifier q = Qualifier.NONE;
        String pre = m.group(1) == null ? "" : m.group(1);
        String post = m.group(5) == null ? "" : m.group(5);
        if (pre.equals("约") || pre.equals("近") || post.equals("左右")) {
            q = Qualifier.APPROX;
        } else if (pre.startsWith("超") || pre.equals("突破") || post.equals("以上") || post.equals("余")) {
            q = Qualifier.AT_LEAST;
        } else if (pre.equals("不到") || post.equals("以内")) {
            q = Qualifier.AT_MOST;
        }
        return Optional.of(new QuantityPrefill(value, high, unit, baseValue(value, unit), q));
    }

    @Override
    public boolean isKnownUnit(String unit) {
        return UNITS.containsKey(unit);
    }

    @Override
    public BigDecimal baseValue(BigDecimal value, String unit) {
        BigDecimal factor = UNITS.get(unit);
        return factor == null || value == null ? null : value.multiply(factor).stripTrailingZeros();
    }

    @Override
    public List<IndicatorChoice> indicators() {
        return indicators;
    }

    @Override
    public Optional<ExportHook> exportHook() {
        return ServiceLoader.load(ExportHook.class).findFirst();
    }

    static List<IndicatorChoice> loadIndicators() {
        List<IndicatorChoice> out = new ArrayList<>();
        try (InputStream in = DefaultCoreServices.class.getResourceAsStream("/assets/indicators.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !cols[0].isBlank()) {
                    out.add(new IndicatorChoice(cols[0].trim(), cols[1].trim()));
                }
            }
        } catch (IOException e) {
            // no catalogue: the chooser still accepts free text
        }
        return List.copyOf(out);
    }
}
