package org.meritledger.base;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
        LOG.info(() -> "Schema migrations applied: " + result.migrationsExecuted
                + ", schema version now " + result.targetSchemaVersion);
        refresh(flyway);
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
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
