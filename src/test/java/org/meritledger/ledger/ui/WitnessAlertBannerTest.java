package org.meritledger.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.witness.WitnessService;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/** The witness-alert banner: administrators only, and only while alerts exist; English and Chinese. */
class WitnessAlertBannerTest {

    private long alerts;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private Optional<Component> banner(Role role) {
        WitnessAlertBanner b = new WitnessAlertBanner();
        b.witness = new WitnessService() {
            @Override
            public long alertCount() {
                return alerts;
            }

            @Override
            public List<AlertView> alerts(int limit) {
                return List.of(
                        new AlertView(1, "hq.example/ledger", "SAME_SIZE_OTHER_ROOT", "fork", 40, 40, Instant.EPOCH));
            }
        };
        return b.banner(new Caller(1, "x", Set.of(role), null, Set.of()));
    }

    @Test
    void administratorsSeeItWhileAlertsExist() {
        assertTrue(banner(Role.ADMIN).isEmpty());
        alerts = 2;
        String text = banner(Role.ADMIN).orElseThrow().getElement().getText();
        assertTrue(text.startsWith("2 witness alerts: a witnessed ledger (hq.example/ledger)"), text);
        assertTrue(banner(Role.AUDITOR).isEmpty());
        assertTrue(banner(Role.COMMANDER).isEmpty());
        alerts = 1;
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals(
                "见证告警：被见证的账本（hq.example/ledger）提交了与本门户已联署内容相矛盾的检查点（SAME_SIZE_OTHER_ROOT），可能已被改写或分叉。详情见 /health/ready 和服务器日志。",
                banner(Role.ADMIN).orElseThrow().getElement().getText());
    }
}
