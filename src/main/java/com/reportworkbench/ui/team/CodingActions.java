package com.reportworkbench.ui.team;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.Assignment;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.ui.WorkbenchViewModel;
import com.reportworkbench.ui.dialogs.DialogService;
import java.util.Optional;

/**
 * "My coding of this document is done" in the window (#13): what {@code assign --done} does on the
 * command line. Asks first (a coder's layer is frozen once done: agreement is computed on it), through
 * the DialogService; the store work runs off the FX thread; the list then shows ✓ for the document.
 */
public final class CodingActions {
    private CodingActions() {}

    public static void finishMine(WorkbenchViewModel vm, DialogService dialogs) {
        DocumentRecord d = vm.review().documentProperty().get();
        if (d == null) {
            vm.setStatus(tr("coding.noDocument"));
            return;
        }
        String me = vm.core().store().analyst();
        vm.executor().execute(() -> vm.core().store().coding().assignments(d.id()).stream()
                .filter(a -> a.analyst().equals(me)).findFirst(), (Optional<Assignment> mine) -> {
                    if (mine.isEmpty()) {
                        vm.setStatus(tr("coding.notAssigned", me));
                    } else if (mine.get().done()) {
                        vm.setStatus(tr("coding.alreadyDone"));
                    } else if (dialogs.confirm(tr("menu.edit.finishCoding"), tr("coding.confirm", d.fileName()))) {
                        vm.executor().execute(() -> {
                            vm.core().store().coding().finish(d.id(), me);
                            return d.id();
                        }, id -> {
                            vm.setStatus(tr("coding.done", d.fileName()));
                            vm.review().reload();
                            vm.documents().refresh();
                        }, e -> vm.setStatus(tr("status.error", e.getMessage())));
                    }
                }, e -> vm.setStatus(tr("status.error", e.getMessage())));
    }
}
