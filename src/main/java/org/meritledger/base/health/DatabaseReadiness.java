package org.meritledger.base.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.SchemaMigrator;

/** Ready only when the database answers and every migration in db-migrations/ is applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return builder.down()
                        .withData("reason", "connection is not valid")
                        .build();
            }
            builder.withData("product", c.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            return builder.down()
                    .withData("reason", "database unreachable: " + e.getMessage())
                    .build();
        }
        try {
            var state = migrator.state();
            builder.withData("schemaVersion", state.version()).withData("pendingMigrations", state.pending());
            return state.upToDate()
                    ? builder.up().build()
                    : builder.down()
                            .withData("reason", "migrations not applied")
                            .build();
        } catch (Exception e) {
            return builder.down()
                    .withData("reason", "migration state unknown: " + e.getMessage())
                    .build();
        }
    }
}
