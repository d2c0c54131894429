package org.meritledger.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Integration tests deploy the WAR that {@code mvn package} built (Vaadin bundle, migrations,
 * everything), plus the test's own classes, so they test what ships.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal(Class<?>... testClasses) {
        File war = new File(System.getProperty("merit.war", "target/merit-ledger.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "Build the WAR first (mvn verify runs package before the integration tests): " + war);
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "merit-ledger.war")
                .importFrom(war)
                .as(WebArchive.class);
        archive.addClasses(testClasses);
        return archive;
    }
}
