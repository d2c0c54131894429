package org.meritledger.rewards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.category.CategoryDraft;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.category.Purpose;
import org.meritledger.security.Role;

/** The award and deduction categories: administrators add, rename and retire; auditors read. */
@Route("admin/token-categories")
@Menu(title = "nav.rewardCategories", order = 96, icon = "vaadin:tags")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final CategoryService categories;
    final Grid<CategoryRow> grid = new Grid<>();
    final Button add;

    @Inject
    public CategoriesView(CategoryService categories) {
        this(categories, RewardsUi.isAdmin());
    }

    CategoriesView(CategoryService categories, boolean admin) {
        this.categories = categories;
        setId("token-categories");
        setSizeFull();
        grid.addColumn(CategoryRow::code).setHeader(getTranslation("rewards.categories.code"));
        grid.addColumn(CategoryRow::nameEn).setHeader(getTranslation("rewards.categories.nameEn"));
        grid.addColumn(CategoryRow::nameZh).setHeader(getTranslation("rewards.categories.nameZh"));
        grid.addColumn(c -> getTranslation("rewards.purpose." + c.purpose().name()))
                .setHeader(getTranslation("rewards.categories.purpose"));
        grid.addColumn(c -> c.active() ? "✓" : "").setHeader(getTranslation("rewards.categories.active"));
        if (admin) {
            org.meritledger.base.ui.RowActions.keepInReach(
                    grid,
                    grid.addComponentColumn(c -> new Button(getTranslation("rewards.categories.edit"), e -> edit(c)))
                            .setKey("edit"));
        }
        add = new Button(getTranslation("rewards.categories.add"), e -> edit(null));
        add.setVisible(admin);
        add(new H2(getTranslation("rewards.categories.title")), add, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(categories.list(null, false));
    }

    void edit(CategoryRow existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "rewards.categories.add" : "rewards.categories.edit"));
        TextField code = new TextField(getTranslation("rewards.categories.code"));
        TextField en = new TextField(getTranslation("rewards.categories.nameEn"));
        TextField zh = new TextField(getTranslation("rewards.categories.nameZh"));
        ComboBox<Purpose> purpose = new ComboBox<>(getTranslation("rewards.categories.purpose"), Purpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("rewards.purpose." + p.name()));
        Checkbox active = new Checkbox(getTranslation("rewards.categories.active"), true);
        if (existing != null) {
            code.setValue(existing.code());
            en.setValue(existing.nameEn());
            zh.setValue(existing.nameZh());
            purpose.setValue(existing.purpose());
            active.setValue(existing.active());
            code.setReadOnly(true);
            purpose.setReadOnly(true);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            CategoryDraft draft = new CategoryDraft(
                    code.getValue(), en.getValue(), zh.getValue(), purpose.getValue(), active.getValue());
            boolean ok =
                    Problems.attempt(this, Map.of("code", code, "nameEn", en, "nameZh", zh, "purpose", purpose), () -> {
                        if (existing == null) {
                            categories.create(draft);
                        } else {
                            categories.update(existing.id(), draft);
                        }
                    });
            if (ok) {
                Notification.show(getTranslation("rewards.categories.saved"));
                d.close();
                refresh();
            }
        });
        d.add(new FormLayout(code, en, zh, purpose, active));
        d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.categories.title");
    }
}
