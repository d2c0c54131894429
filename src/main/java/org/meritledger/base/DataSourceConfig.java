package org.meritledger.base;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only data source. Class, URL, user and password come from MicroProfile Config
 * at deploy time, so the same WAR runs on embedded H2 or PostgreSQL without a rebuild
 * ({@code MERIT_DB_URL}, {@code MERIT_DB_USER}, {@code MERIT_DB_PASSWORD}, and for PostgreSQL
 * {@code MERIT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource}).
 * The defaults are written here because the WAR's own microprofile-config.properties is not yet
 * visible when Payara resolves them: an H2 file database in {@code ./data/db}, relative to the
 * directory the server was started in.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "${MPCONFIG=merit.db.datasource:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=merit.db.url:jdbc:h2:file:./data/db/merit}",
        user = "${MPCONFIG=merit.db.user:sa}",
        password = "${MPCONFIG=merit.db.password:merit}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300)
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/merit";
}
