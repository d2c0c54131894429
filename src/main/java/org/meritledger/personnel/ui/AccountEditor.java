package org.meritledger.personnel.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.meritledger.base.PageRequest;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.personnel.AccountDraft;
import org.meritledger.personnel.AccountRow;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.InputRules;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.security.Role;

/**
 * Create or edit an account: roles, the soldier it belongs to, the units it commands, active or
 * not. Creating an account or resetting its password shows a one-time password to hand over.
 */
public class AccountEditor extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final ComboBox<SoldierRow> soldier = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<UnitNode> commanded = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    public AccountEditor(
            AccountRow existing,
            AccountService accounts,
            SoldierService soldiers,
            List<UnitNode> units,
            Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "account.new" : "account.edit"));
        setWidth("40em");
        username.setLabel(getTranslation("account.username"));
        username.setId("account-username");
        username.setRequiredIndicatorVisible(true);
        Inputs.limit(username, InputRules.USERNAME);
        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setId("account-display-name");
        displayName.setRequiredIndicatorVisible(true);
        Inputs.limit(displayName, InputRules.DISPLAY_NAME);
        soldier.setLabel(getTranslation("account.soldier"));
        soldier.setId("account-soldier");
        soldier.setClearButtonVisible(true);
        soldier.setItemLabelGenerator(s -> s.serviceNumber() + " " + s.fullName());
        soldier.setItems(query -> soldiers
                .page(
                        new SoldierFilter(query.getFilter().orElse(""), null, null),
                        PageRequest.of(query.getOffset(), query.getLimit()))
                .stream());
        roles.setLabel(getTranslation("account.roles"));
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        commanded.setLabel(getTranslation("account.commandedUnits"));
        commanded.setId("account-commanded");
        commanded.setItems(units);
        commanded.setItemLabelGenerator(UnitNode::path);
        commanded.setHelperText(getTranslation("account.commandedUnits.help"));
        active.setLabel(getTranslation("account.active"));
        active.setValue(true);
        if (existing != null) {
            username.setValue(existing.username());
            displayName.setValue(existing.displayName());
            if (existing.soldierId() != null) {
                soldier.setValue(soldiers.get(existing.soldierId()));
            }
            roles.setValue(existing.roles());
            commanded.setValue(units.stream()
                    .filter(u -> existing.commandedUnitIds().contains(u.id()))
                    .collect(Collectors.toSet()));
            active.setValue(existing.active());
        }
        FormLayout form = new FormLayout(username, displayName, soldier, roles, commanded, active);
        form.setColspan(commanded, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of(
                "username", username, "displayName", displayName, "soldierId", soldier, "commandedUnitIds", commanded);
        save.setText(getTranslation("action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            AccountDraft draft = new AccountDraft(
                    username.getValue(),
                    displayName.getValue(),
                    soldier.getValue() == null ? null : soldier.getValue().id(),
                    roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue()),
                    commanded.getValue().stream().map(UnitNode::id).collect(Collectors.toSet()),
                    active.getValue());
            Consumer<String> showPassword = pw -> new OneTimePasswordDialog(draft.username(), pw).open();
            boolean ok = Problems.attempt(this, fields, () -> {
                if (existing == null) {
                    showPassword.accept(accounts.create(draft).temporaryPassword());
                } else {
                    accounts.update(existing.id(), draft);
                }
            });
            if (ok) {
                Problems.success(getTranslation("saved"));
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (existing != null) {
            Button reset = new Button(getTranslation("account.resetPassword"), e -> {
                if (Problems.attempt(
                        this,
                        Map.of(),
                        () -> new OneTimePasswordDialog(
                                        existing.username(),
                                        accounts.resetPassword(existing.id()).temporaryPassword())
                                .open())) {
                    close();
                    afterSave.run();
                }
            });
            reset.setId("account-reset-password");
            Button unlock = new Button(getTranslation("account.unlock"), e -> {
                if (Problems.attempt(this, Map.of(), () -> accounts.unlock(existing.id()))) {
                    Problems.success(getTranslation("account.unlocked"));
                    afterSave.run();
                }
            });
            unlock.setEnabled(existing.locked());
            getFooter().add(reset, unlock);
        }
        getFooter().add(save);
    }
}
