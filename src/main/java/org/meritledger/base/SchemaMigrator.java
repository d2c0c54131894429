package org.meritledger.base;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date before anything else touches it. Flyway owns the schema
 * (db-migrations/ is its only source); Hibernate never generates DDL. Bean-managed transactions
 * because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private volatile String appliedVersion = "none";
    private volatile int pending = -1;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        var result = flyway.migrate();
        LOG.info(() -> "Schema migrations applied: " + result.migrationsExecuted + ", schema version now "
                + result.targetSchemaVersion);
        refresh(flyway);
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load();
    }

    /**
     * The folder of database-specific migrations: {@code h2} or {@code postgresql}. Flyway core
     * has no {@code {vendor}} location placeholder (that is Spring Boot's), so it is resolved here,
     * with the same names Spring Boot uses, from the JDBC driver's product name.
     */
    String vendor() {
        try (Connection c = dataSource.getConnection()) {
            return vendorOf(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to choose its migrations", e);
        }
    }

    static String vendorOf(String productName) {
        return switch (productName) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("unsupported database " + productName + " (H2 or PostgreSQL)");
        };
    }

    private void refresh(Flyway flyway) {
        var info = flyway.info();
        MigrationInfo current = info.current();
        appliedVersion = current == null ? "none" : current.getVersion().getVersion();
        pending = info.pending().length;
    }

    /** Re-reads the migration state from the database; used by the readiness check. */
    public MigrationState state() {
        refresh(flyway());
        return new MigrationState(appliedVersion, pending);
    }

    public record MigrationState(String version, int pending) {
        public boolean upToDate() {
            return pending == 0 && !"none".equals(version);
        }
    }
}
