package com.reportworkbench.ui.attainment;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.Comparison;
import com.reportworkbench.ui.LateCoreServices;
import java.util.List;

/** The attainment tab's data: the comparison of every document's current figures (store work, off the FX thread). */
public final class AttainmentViewModel {
    private final LateCoreServices core;

    public AttainmentViewModel(LateCoreServices core) {
        this.core = core;
    }

    public List<AttainmentRow> load() {
        return core.isAttached() ? Comparison.run(core.store()) : List.of();
    }
}
