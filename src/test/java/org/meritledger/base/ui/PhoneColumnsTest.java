package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhoneColumnsTest {

    private static List<String> visible(Grid<String> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(c -> c.getKey() == null ? "(no key)" : c.getKey())
                .toList();
    }

    private static Grid<String> grid() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setKey("when");
        grid.addColumn(s -> s).setKey("place");
        grid.addColumn(s -> s);
        grid.addColumn(s -> s).setKey("outcome");
        return grid;
    }

    @Test
    void aPhoneKeepsOnlyTheKeyColumnsAndAWiderWindowShowsAllAgain() {
        Grid<String> grid = grid();
        Set<String> keep = Set.of("when", "outcome");
        PhoneColumns.fit(grid, keep, 390);
        assertEquals(List.of("when", "outcome"), visible(grid));
        PhoneColumns.fit(grid, keep, PhoneColumns.PHONE_MAX_WIDTH + 1);
        assertEquals(List.of("when", "place", "(no key)", "outcome"), visible(grid));
        PhoneColumns.fit(grid, keep, PhoneColumns.PHONE_MAX_WIDTH);
        assertEquals(List.of("when", "outcome"), visible(grid), "the breakpoint itself is a phone");
    }

    @Test
    void anUnknownWidthShowsEverything() {
        Grid<String> grid = grid();
        PhoneColumns.fit(grid, Set.of("when"), 0);
        assertEquals(4, visible(grid).size());
    }
}
