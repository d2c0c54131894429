package org.meritledger.api.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.meritledger.api.token.ApiTokenService;
import org.meritledger.api.token.TokenRow;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;

/**
 * The caller's personal API tokens: a new one is shown once in a dialog; the list shows name,
 * beginning, dates and state; revoking is immediate and final.
 */
@Route("me/api-tokens")
@Menu(title = "nav.apiTokens", order = 35, icon = "vaadin:key")
@PermitAll
public class MyApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<TokenRow> grid = new Grid<>();

    @Inject
    public MyApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setId("my-api-tokens");
        Button create = new Button(getTranslation("token.new"), e -> new NewTokenDialog(tokens, this::refresh).open());
        create.setId("new-api-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TokenRow::name).setHeader(getTranslation("token.name")).setAutoWidth(true);
        grid.addColumn(r -> r.prefix() + "…").setHeader(getTranslation("token.prefix"));
        grid.addColumn(r -> when(r.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(r -> when(r.expiresAt())).setHeader(getTranslation("token.expires"));
        grid.addColumn(r -> when(r.lastUsedAt())).setHeader(getTranslation("token.lastUsed"));
        grid.addColumn(this::state).setHeader(getTranslation("token.state"));
        org.meritledger.base.ui.RowActions.keepInReach(
                grid, grid.addComponentColumn(this::revokeButton).setKey("revoke"));
        grid.setId("api-token-grid");
        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String state(TokenRow r) {
        if (r.revoked()) {
            return getTranslation("token.state.revoked");
        }
        return r.expiresAt().isAfter(Instant.now())
                ? getTranslation("token.state.active")
                : getTranslation("token.state.expired");
    }

    private Button revokeButton(TokenRow r) {
        Button b = new Button(getTranslation("token.revoke"), e -> {
            if (Problems.attempt(this, Map.of(), () -> tokens.revoke(r.id()))) {
                Problems.success(getTranslation("token.revoked", r.name()));
                refresh();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        b.setEnabled(!r.revoked());
        return b;
    }

    private static String when(Instant t) {
        return t == null ? "" : Formats.WHEN.format(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title");
    }
}
