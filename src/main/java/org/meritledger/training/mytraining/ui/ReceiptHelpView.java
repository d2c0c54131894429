package org.meritledger.training.mytraining.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a receipt is and how to check it, in the reader's language. Public, like the receipt
 * check page it points to: a soldier may hand a receipt to someone without an account. The
 * receipt dialog links here instead of to the byte format in the source repository.
 */
@Route(value = ReceiptHelpView.PATH, autoLayout = false)
@AnonymousAllowed
public class ReceiptHelpView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "help/receipts";

    public ReceiptHelpView() {
        setId("receipt-help-page");
        setMaxWidth("48em");
        add(new H1(getTranslation("help.receipts.title")));
        for (String part : new String[] {"what", "checked", "offline"}) {
            add(new H2(getTranslation("help.receipts." + part + ".title")));
            add(new Paragraph(getTranslation("help.receipts." + part)));
        }
        Anchor check = new Anchor("verify-receipt", getTranslation("help.receipts.checkPage"));
        check.setId("receipt-help-check");
        add(check);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.receipts.title");
    }
}
