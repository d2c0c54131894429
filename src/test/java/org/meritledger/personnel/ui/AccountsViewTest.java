package org.meritledger.personnel.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meritledger.security.Role;

class AccountsViewTest extends ViewTestSupport {

    @Test
    void creatingAnAccountShowsItsOneTimePasswordOnce() {
        p.admin();
        AccountsView view = new AccountsView(p.accountService, p.soldierService, p.unitService);
        UI.getCurrent().add(view);
        _click(view.add);
        AccountEditor ed = _get(AccountEditor.class);
        _setValue(ed.username, "New.Auditor");
        _setValue(ed.displayName, "New Auditor");
        _setValue(ed.roles, Set.of(Role.AUDITOR));
        _click(ed.save);
        String shown =
                _get(TextField.class, spec -> spec.withId("one-time-password")).getValue();
        assertTrue(p.hasher.verify(
                shown.toCharArray(),
                p.accounts.findByUsername("new.auditor").orElseThrow().getPasswordHash()));
        assertEquals(1, _size(view.grid));
    }

    @Test
    void commanderWithoutUnitsIsExplained() {
        p.admin();
        AccountsView view = new AccountsView(p.accountService, p.soldierService, p.unitService);
        UI.getCurrent().add(view);
        _click(view.add);
        AccountEditor ed = _get(AccountEditor.class);
        _setValue(ed.username, "cdr");
        _setValue(ed.displayName, "Commander");
        _setValue(ed.roles, Set.of(Role.COMMANDER));
        _click(ed.save);
        assertTrue(ed.commanded.isInvalid());
        assertEquals("A commander must command at least one unit.", ed.commanded.getErrorMessage());
        assertEquals(0, p.accounts.rows.size());
    }
}
