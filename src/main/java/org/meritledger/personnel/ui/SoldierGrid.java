package org.meritledger.personnel.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.meritledger.base.ui.GridPages;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitNode;

/**
 * A lazy, filterable soldier grid: the database pages, sorts and filters, so it stays fast with
 * hundreds of thousands of soldiers. Used by the roster and by the administrator's soldier page.
 */
public class SoldierGrid extends VerticalLayout {

    final TextField search = new TextField();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Select<SoldierStatus> status = new Select<>();
    final Grid<SoldierRow> grid = new Grid<>(SoldierRow.class, false);
    private final SoldierService soldiers;

    public SoldierGrid(SoldierService soldiers, List<UnitNode> units) {
        this.soldiers = soldiers;
        setPadding(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("soldier.search"));
        search.setId("soldier-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        unit.setPlaceholder(getTranslation("soldier.allUnits"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::path);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        status.setItems(SoldierStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("soldier.anyStatus"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("soldier.anyStatus") : getTranslation("status." + s.name()));
        status.setValue(SoldierStatus.ACTIVE);
        status.addValueChangeListener(e -> refresh());

        grid.setId("soldier-grid");
        grid.addColumn(SoldierRow::serviceNumber)
                .setHeader(getTranslation("soldier.serviceNumber"))
                .setKey("serviceNumber")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(SoldierRow::familyName)
                .setHeader(getTranslation("soldier.familyName"))
                .setKey("familyName")
                .setSortable(true);
        grid.addColumn(SoldierRow::givenName)
                .setHeader(getTranslation("soldier.givenName"))
                .setKey("givenName")
                .setSortable(true);
        grid.addColumn(r -> getTranslation(r.rank().translationKey()))
                .setHeader(getTranslation("soldier.rank"))
                .setKey("rank")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(SoldierRow::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setKey("unitId")
                .setSortable(true)
                .setFlexGrow(3)
                .setTooltipGenerator(SoldierRow::unitPath);
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("soldier.status"))
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        grid.setItems(query -> soldiers.page(filter(), GridPages.of(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, soldiers.count(filter())));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("familyName")).build());

        HorizontalLayout filters = new HorizontalLayout(search, unit, status);
        filters.setWidthFull();
        search.setWidth("20em");
        unit.setWidth("20em");
        add(filters, grid);
        expand(grid);
    }

    public SoldierFilter filter() {
        UnitNode u = unit.getValue();
        return new SoldierFilter(search.getValue(), u == null ? null : u.id(), status.getValue());
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    public Grid<SoldierRow> grid() {
        return grid;
    }

    SoldierService service() {
        return soldiers;
    }
}
