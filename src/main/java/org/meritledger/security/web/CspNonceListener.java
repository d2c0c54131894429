package org.meritledger.security.web;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jsoup.nodes.Element;

/**
 * Puts this request's CSP nonce ({@link SecurityHeaders}) on every script of Vaadin's bootstrap
 * page, so those inline scripts run while any other inline script is refused.
 */
@ApplicationScoped
public class CspNonceListener {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
            if (nonce instanceof String n) {
                for (Element script : response.getDocument().getElementsByTag("script")) {
                    script.attr("nonce", n);
                }
            }
        });
    }
}
