package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code <html lang>} follows the language chosen, not the bootstrap page's {@code en}. */
class DocumentLanguageTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static List<String> languagesSet() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(p -> p.getInvocation())
                .filter(i -> i.getExpression().contains("document.documentElement.lang"))
                .map(i -> String.valueOf(i.getParameters().get(0)))
                .toList();
    }

    @Test
    void choosingChineseSetsTheDocumentLanguageToZhCn() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        LocaleChoice.apply(UI.getCurrent(), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("zh-CN"), languagesSet());
        LocaleChoice.apply(UI.getCurrent(), Locale.GERMAN); // unsupported: English
        assertEquals(List.of("en"), languagesSet());
    }
}
