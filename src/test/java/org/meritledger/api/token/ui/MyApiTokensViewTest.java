package org.meritledger.api.token.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.api.token.ApiToken;
import org.meritledger.api.token.ApiTokenService;
import org.meritledger.api.token.ApiTokens;
import org.meritledger.api.token.TokenRow;
import org.meritledger.api.token.TokenSecrets;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

class MyApiTokensViewTest {

    /** In-memory tokens; ids assigned by reflection as the database would. */
    static final class MemoryTokens implements ApiTokens {
        final List<ApiToken> rows = new ArrayList<>();

        @Override
        public Optional<ApiToken> find(long id) {
            return rows.stream().filter(t -> t.getId() == id).findFirst();
        }

        @Override
        public Optional<ApiToken> findByHash(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public List<ApiToken> ofAccount(long accountId) {
            return rows.stream().filter(t -> t.getAccountId() == accountId).toList();
        }

        @Override
        public ApiToken store(ApiToken t) {
            if (t.getId() == null) {
                try {
                    var f = ApiToken.class.getDeclaredField("id");
                    f.setAccessible(true);
                    f.set(t, (long) rows.size() + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                rows.add(t);
            }
            return t;
        }
    }

    MemoryTokens tokens;
    ApiTokenService service;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        tokens = new MemoryTokens();
        Caller me = new Caller(7, "a.cdr", Set.of(Role.COMMANDER), null, Set.of());
        service = new ApiTokenService(tokens, () -> Optional.of(me), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aNewTokenIsShownOnceAndListedWithoutIt() {
        MyApiTokensView view = new MyApiTokensView(service);
        UI.getCurrent().add(view);
        _click(_get(Button.class, spec -> spec.withId("new-api-token")));
        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), "range script");
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        String shown =
                _get(TextField.class, spec -> spec.withId("api-token-value")).getValue();
        assertTrue(TokenSecrets.wellFormed(shown), shown);
        @SuppressWarnings("unchecked")
        Grid<TokenRow> grid = _get(Grid.class, spec -> spec.withId("api-token-grid"));
        assertEquals(1, _size(grid));
        TokenRow row = _get(grid, 0);
        assertEquals("range script", row.name());
        assertTrue(shown.startsWith(row.prefix()) && row.prefix().length() < shown.length() / 4);
        assertEquals(TokenSecrets.hash(shown), hashOf(tokens.rows.get(0)), "only the hash is kept");
    }

    @Test
    void aLifetimeOutOfRangeIsRefusedOnItsField() {
        MyApiTokensView view = new MyApiTokensView(service);
        UI.getCurrent().add(view);
        _click(_get(Button.class, spec -> spec.withId("new-api-token")));
        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), "too long");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("api-token-days"));
        _setValue(days, 400);
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        assertTrue(days.isInvalid());
        assertEquals("Between 1 and 365 days.", days.getErrorMessage());
        assertEquals(0, tokens.rows.size());
    }

    private static String hashOf(ApiToken t) {
        try {
            var f = ApiToken.class.getDeclaredField("tokenHash");
            f.setAccessible(true);
            return (String) f.get(t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
