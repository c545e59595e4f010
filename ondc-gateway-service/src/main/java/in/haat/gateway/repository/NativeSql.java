package in.haat.gateway.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Runs a native statement with positional parameters ?1, ?2, … in the caller's session. */
final class NativeSql {

    private NativeSql() {
    }

    static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    static Uni<List<Object[]>> rows(String sql, List<Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int p = 0; p < parameters.size(); p++) {
                query.setParameter(p + 1, parameters.get(p));
            }
            return query.getResultList();
        });
    }
}
