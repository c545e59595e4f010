package in.haat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Types;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;
import org.junit.jupiter.api.Test;

/** The Vert.x client's "UUID" column type name resolves to PostgreSQL's uuid type, which Hibernate's own dialect misses. */
class HaatPostgreSQLDialectTest {

    private final JdbcTypeRegistry registry = new TypeConfiguration().getJdbcTypeRegistry();

    @Test
    void theClientsUpperCaseUuidColumnIsAUuid() {
        assertEquals(SqlTypes.UUID, new HaatPostgreSQLDialect()
                .resolveSqlTypeDescriptor("UUID", Types.OTHER, 0, 0, registry).getDefaultSqlTypeCode());
    }

    @Test
    void hibernatesDialectAloneReadsItAsAnUnknownType() {
        // When this fails, Hibernate has fixed it upstream and HaatPostgreSQLDialect can go.
        assertNotEquals(SqlTypes.UUID, new PostgreSQLDialect()
                .resolveSqlTypeDescriptor("UUID", Types.OTHER, 0, 0, registry).getDefaultSqlTypeCode());
    }

    @Test
    void otherColumnTypesResolveAsHibernatesDialectResolvesThem() {
        for (String name : new String[] {"uuid", "JSONB", "TEXT", "INT4"}) {
            assertEquals(new PostgreSQLDialect().resolveSqlTypeDescriptor(name, Types.OTHER, 0, 0, registry).getDefaultSqlTypeCode(),
                    new HaatPostgreSQLDialect().resolveSqlTypeDescriptor(name, Types.OTHER, 0, 0, registry).getDefaultSqlTypeCode(), name);
        }
    }
}
