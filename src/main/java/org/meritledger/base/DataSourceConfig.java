package org.meritledger.base;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only data source. The URL, user and password come from MicroProfile Config
 * at deploy time, so the same WAR runs on embedded H2 or PostgreSQL without a rebuild
 * ({@code MERIT_DB_URL}, {@code MERIT_DB_USER}, {@code MERIT_DB_PASSWORD}).
 * {@link UrlRoutedDataSource} picks the driver from the URL, so nobody has to name a class.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.meritledger.base.UrlRoutedDataSource",
        url = "${MPCONFIG=merit.db.url}",
        user = "${MPCONFIG=merit.db.user}",
        password = "${MPCONFIG=merit.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/merit";
}
