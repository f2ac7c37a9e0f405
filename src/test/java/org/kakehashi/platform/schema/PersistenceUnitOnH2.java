package org.kakehashi.platform.schema;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The persistence unit on an in-memory H2 database, without a server: its session factory is built as the server
 * builds it, with {@code hbm2ddl.auto=validate}, so the integrator migrates the database before Hibernate checks
 * it. The unit tests of queries run the real ones against it.
 */
public final class PersistenceUnitOnH2 {

    private PersistenceUnitOnH2() {
    }

    public static JdbcDataSource emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    /** A migrated empty database's session factory, which is also the persistence unit's EntityManagerFactory. */
    public static SessionFactory start() {
        return start(emptyDatabase());
    }

    /** Builds the session factory, which runs the integrator and then validates; throws when they disagree. */
    public static SessionFactory start(JdbcDataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("jakarta.persistence.validation.mode", "none")
                // as persistence.xml: the reports' queries use HQL beyond JPQL
                .applySetting("hibernate.jpa.compliance.query", "false")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entities().forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    /** The persistence unit's entities and converters, as WildFly finds them in WEB-INF/classes. */
    private static List<Class<?>> entities() {
        try (Stream<Path> files = Files.walk(classes())) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes().relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PersistenceUnitOnH2::load)
                    .filter(type -> type != null && (type.isAnnotationPresent(Entity.class)
                            || type.isAnnotationPresent(Converter.class)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classes() {
        try {
            return Path.of(SchemaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PersistenceUnitOnH2.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
