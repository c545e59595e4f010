package in.haat.persistence;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * PostgreSQL's dialect, reading the Vert.x client's upper-case {@code UUID} column type name as {@code uuid}: Hibernate
 * Reactive passes the client's names ("UUID") where the dialect expects PostgreSQL's ("uuid"), so every uuid column of a
 * native query's row resolved to an unregistered (Object, OTHER) type, and registering it at run time throws and
 * catches an exception, per column per row set (issue 15: 3% of inventory-service's CPU on the confirm path).
 */
public class HaatPostgreSQLDialect extends PostgreSQLDialect {

    public HaatPostgreSQLDialect() {
    }

    public HaatPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    public HaatPostgreSQLDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    public JdbcType resolveSqlTypeDescriptor(String columnTypeName, int jdbcTypeCode, int precision, int scale,
            JdbcTypeRegistry jdbcTypeRegistry) {
        String name = "UUID".equals(columnTypeName) ? "uuid" : columnTypeName;
        return super.resolveSqlTypeDescriptor(name, jdbcTypeCode, precision, scale, jdbcTypeRegistry);
    }
}
