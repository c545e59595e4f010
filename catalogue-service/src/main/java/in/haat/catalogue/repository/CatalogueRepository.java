package in.haat.catalogue.repository;

import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemView;
import in.haat.catalogue.mapping.CatalogueJobView;
import in.haat.catalogue.mapping.Json;
import in.haat.catalogue.service.ItemOutcome;
import in.haat.events.InOrder;
import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Catalogue items and bulk jobs, written with native multi-row statements in the caller's transaction: a
 * 10,000-item call is a handful of round trips, not tens of thousands.
 */
@ApplicationScoped
public class CatalogueRepository {

    // JSON goes in as text and is cast in SQL: a String bound where PostgreSQL expects jsonb would be sent as a
    // JSON string value, not as the document.

    /** Items per upsert statement, so that one statement's JSON stays a few megabytes at most. */
    static final int ITEM_CHUNK = 2000;
    /** Job results per insert statement. */
    static final int RESULT_CHUNK = 5000;

    /**
     * Upserts the accepted items and answers the created_at (kept from the first upsert) of those written, by id:
     * an item identical to its stored copy is left as it is and is not in the answer.
     */
    public Uni<Map<UUID, Instant>> upsert(UUID storefrontId, UUID sellerId, List<ItemOutcome> accepted, Instant now) {
        List<List<ItemOutcome>> chunks = chunks(accepted, ITEM_CHUNK);
        Map<UUID, Instant> createdAt = new HashMap<>();
        return InOrder.each(chunks, chunk -> upsertChunk(storefrontId, sellerId, chunk, now)
                        .invoke(rows -> rows.forEach(row -> createdAt.put(Rows.uuid(row[0]), Rows.instant(row[1])))))
                .map(ignored -> createdAt);
    }

    private Uni<List<Object[]>> upsertChunk(UUID storefrontId, UUID sellerId, List<ItemOutcome> chunk, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
        for (ItemOutcome item : chunk) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", item.id().toString());
            row.put("name", item.document().catalogueItemDetails().name());
            row.put("document", item.document());
            rows.add(row);
        }
        // The chunk travels as one JSON parameter that PostgreSQL unpacks: three parameters for any chunk size.
        String sql = "insert into catalogue_item "
                + "(storefront_id, catalogue_item_id, seller_id, name, document, created_at, updated_at) "
                + "select ?1, (e->>'id')::uuid, ?2, e->>'name', e->'document', ?3, ?3 "
                + "from jsonb_array_elements(cast(cast(?4 as text) as jsonb)) as e "
                + "on conflict (storefront_id, catalogue_item_id) do update set seller_id = excluded.seller_id, "
                + "name = excluded.name, document = excluded.document, updated_at = excluded.updated_at "
                // An item sent again as it is stored is not written: partners resend whole catalogues on a schedule,
                // and rewriting them would only churn rows and wake every read model for nothing.
                + "where catalogue_item.document is distinct from excluded.document "
                + "or catalogue_item.seller_id is distinct from excluded.seller_id "
                + "returning catalogue_item_id, created_at";
        return session().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, storefrontId).setParameter(2, sellerId).setParameter(3, now)
                .setParameter(4, Json.write(rows))
                .getResultList());
    }

    /** Records a job with its counts and the result of every item. */
    public Uni<Void> recordJob(CatalogueJobView job, UUID sellerId, List<ItemOutcome> outcomes) {
        Uni<Void> jobRow = session().chain(session -> session.createNativeQuery("insert into catalogue_job "
                        + "(id, storefront_id, seller_id, kind, status, received, accepted, rejected, created_at, completed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, job.jobId()).setParameter(2, job.storefrontId()).setParameter(3, sellerId)
                .setParameter(4, job.kind()).setParameter(5, job.status()).setParameter(6, job.received())
                .setParameter(7, job.accepted()).setParameter(8, job.rejected()).setParameter(9, job.createdAt())
                .setParameter(10, job.completedAt())
                .executeUpdate()).replaceWithVoid();
        return jobRow.chain(() -> InOrder.each(chunks(outcomes, RESULT_CHUNK), chunk -> recordResults(job.jobId(), chunk)));
    }

    private Uni<Void> recordResults(UUID jobId, List<ItemOutcome> chunk) {
        List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
        for (ItemOutcome outcome : chunk) {
            Map<String, Object> row = new HashMap<>();
            row.put("position", outcome.position());
            row.put("id", outcome.rawId());
            row.put("outcome", outcome.accepted() ? "accepted" : "rejected");
            row.put("reasons", outcome.accepted() ? null : outcome.reasons());
            rows.add(row);
        }
        String sql = "insert into catalogue_job_item (job_id, position, catalogue_item_id, outcome, reasons) "
                + "select ?1, (e->>'position')::int, e->>'id', e->>'outcome', nullif(e->'reasons', 'null'::jsonb) "
                + "from jsonb_array_elements(cast(cast(?2 as text) as jsonb)) as e";
        return session().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, jobId).setParameter(2, Json.write(rows))
                .executeUpdate()).replaceWithVoid();
    }

    /** Deletes the named items of a storefront and answers the ids that existed. */
    public Uni<List<UUID>> delete(UUID storefrontId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> deleted = new ArrayList<>();
        return InOrder.each(chunks(ids, 2000), chunk -> {
            StringBuilder sql = new StringBuilder("delete from catalogue_item where storefront_id = ?1 and catalogue_item_id in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?").append(i + 2);
            }
            sql.append(") returning catalogue_item_id");
            return session().chain(session -> {
                Mutiny.SelectionQuery<UUID> query = session.createNativeQuery(sql.toString(), UUID.class);
                query.setParameter(1, storefrontId);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setParameter(i + 2, chunk.get(i));
                }
                return query.getResultList();
            }).invoke(deleted::addAll);
        }).map(ignored -> deleted);
    }

    /**
     * Locks the storefront's row for share until commit (native: a row lock without loading the entity); false
     * when there is no such storefront.
     */
    public Uni<Boolean> lockStorefront(UUID storefrontId) {
        return session().chain(session -> session
                        .createNativeQuery("select id from storefront where id = ?1 for share", UUID.class)
                        .setParameter(1, storefrontId).getResultList())
                .map(rows -> !rows.isEmpty());
    }

    public Uni<CatalogueItemView> find(UUID storefrontId, UUID id) {
        return session().chain(session -> session.createNativeQuery("select catalogue_item_id, seller_id, document::text, "
                        + "created_at, updated_at from catalogue_item where storefront_id = ?1 and catalogue_item_id = ?2",
                        Object[].class)
                .setParameter(1, storefrontId).setParameter(2, id)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : view(storefrontId, rows.get(0)));
    }

    /** A page of a storefront's items in id order, after {@code after} (null for the first page). */
    public Uni<List<CatalogueItemView>> list(UUID storefrontId, UUID after, int limit) {
        String sql = "select catalogue_item_id, seller_id, document::text, created_at, updated_at from catalogue_item "
                + "where storefront_id = ?1" + (after == null ? "" : " and catalogue_item_id > ?3")
                + " order by catalogue_item_id limit ?2";
        return session().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class)
                    .setParameter(1, storefrontId).setParameter(2, limit);
            if (after != null) {
                query.setParameter(3, after);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> view(storefrontId, row)).toList());
    }

    public Uni<CatalogueJobView> findJob(UUID storefrontId, UUID jobId) {
        return session().chain(session -> session.createNativeQuery("select id, kind, status, received, accepted, rejected, "
                        + "created_at, completed_at from catalogue_job where storefront_id = ?1 and id = ?2", Object[].class)
                .setParameter(1, storefrontId).setParameter(2, jobId)
                .getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    Object[] r = rows.get(0);
                    return new CatalogueJobView(Rows.uuid(r[0]), storefrontId, Rows.text(r[1]), Rows.text(r[2]),
                            Rows.integer(r[3]), Rows.integer(r[4]), Rows.integer(r[5]),
                            Rows.instant(r[6]), Rows.instant(r[7]), null, null);
                });
    }

    /** A page of a job's results by position, after {@code after} (-1 for the first page), optionally one outcome. */
    public Uni<List<CatalogueJobView.Result>> results(UUID jobId, String outcome, int after, int limit) {
        String sql = "select position, catalogue_item_id, outcome, reasons::text from catalogue_job_item "
                + "where job_id = ?1 and position > ?2" + (outcome == null ? "" : " and outcome = ?4")
                + " order by position limit ?3";
        return session().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class)
                    .setParameter(1, jobId).setParameter(2, after).setParameter(3, limit);
            if (outcome != null) {
                query.setParameter(4, outcome);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new CatalogueJobView.Result(Rows.integer(r[0]), Rows.text(r[1]),
                Rows.text(r[2]), r[3] == null ? List.of() : List.of(Json.read(Rows.text(r[3]), CatalogueJobView.Reason[].class))))
                .toList());
    }

    private static CatalogueItemView view(UUID storefrontId, Object[] row) {
        CatalogueItemDocument document = Json.read(Rows.text(row[2]), CatalogueItemDocument.class);
        return CatalogueItemView.of(Rows.uuid(row[0]), storefrontId, Rows.uuid(row[1]), document, Rows.instant(row[3]),
                Rows.instant(row[4]));
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
