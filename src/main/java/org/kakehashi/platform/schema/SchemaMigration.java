package org.kakehashi.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Brings the database to the version this release expects, with Flyway, before anything reads it: Camunda's
 * tables ({@link CamundaSchema}) and Kakehashi's ({@code db/migration/}).
 * WildFly starts the persistence unit before any of the application's beans, so the migration runs as a Hibernate
 * integrator: the first of the application's code, called while the session factory is built and before
 * Hibernate validates the tables against the entities ({@code hibernate.hbm2ddl.auto=validate}) — so an entity
 * without its migration stops the deployment instead of reaching a city's data. On PostgreSQL, Flyway's lock lets
 * one of several nodes starting at once migrate while the others wait.
 *
 * <p>A database made before versioned migrations (by Hibernate's automatic update and the engine) holds the
 * baseline's tables but no history; Flyway records it at the baseline, version 1, and applies what came after.
 */
public class SchemaMigration implements Integrator {

    private static final Set<String> VENDORS = Set.of("postgresql", "h2");
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "schema at version " + (result.targetSchemaVersion == null ? result.initialSchemaVersion
                : result.targetSchemaVersion) + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Nothing to undo: the tables stay as migrated when the application stops. */
    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorOf(dataSource))
                .javaMigrations(new CamundaSchema())
                .table("kakehashi_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("tables of the release before versioned migrations")
                .load();
    }

    /** The folder of the migrations in a database's own SQL: {@code postgresql} or {@code h2}. */
    private static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!VENDORS.contains(product)) {
                throw new IllegalStateException("Kakehashi runs on PostgreSQL or H2, not on " + product);
            }
            return product;
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached to migrate it", e);
        }
    }
}
