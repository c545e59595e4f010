package in.haat.order.repository;

import in.haat.api.ApiException;
import in.haat.api.PageRequest;
import in.haat.order.OrderRating;
import in.haat.order.RatingCategory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Buyers' ratings, in the caller's transaction. */
@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<OrderRating, Long> {

    /** How many ratings and their mean, of one category or one rated thing. */
    public record Average(RatingCategory category, String ratedId, long count, double average) {
    }

    /** The rating of one thing of an order, or null. */
    public Uni<OrderRating> of(String orderId, RatingCategory category, String ratedId) {
        return find("orderId = ?1 and category = ?2 and ratedId = ?3", orderId, category, ratedId).firstResult();
    }

    /** One page of a storefront's ratings, latest first, one row more than the page; category and rated id optional. */
    public Uni<List<OrderRating>> page(UUID storefrontId, RatingCategory category, String ratedId, PageRequest page) {
        StringBuilder query = new StringBuilder("storefrontId = :storefront");
        Parameters parameters = Parameters.with("storefront", storefrontId);
        if (category != null) {
            query.append(" and category = :category");
            parameters.and("category", category);
        }
        if (ratedId != null) {
            query.append(" and ratedId = :rated");
            parameters.and("rated", ratedId);
        }
        if (!page.first()) {
            query.append(" and (updatedAt < :at or (updatedAt = :at and id < :after))");
            parameters.and("at", page.instantAt(0)).and("after", id(page.after().get(1)));
        }
        query.append(" order by updatedAt desc, id desc");
        return find(query.toString(), parameters).range(0, page.fetchSize() - 1).list();
    }

    /** A cursor's row id; a 400 about {@code cursor} if it is none. */
    private static long id(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            throw ApiException.invalid("cursor", "is not a cursor this list gave");
        }
        return Long.parseLong(text);
    }

    /** A storefront's ratings by category (ratedId null). */
    public Uni<List<Average>> byCategory(UUID storefrontId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select r.category, count(r), avg(r.value) from OrderRating r where r.storefrontId = ?1 group by r.category",
                        Object[].class).setParameter(1, storefrontId).getResultList())
                .map(rows -> rows.stream().map(row -> new Average((RatingCategory) row[0], null,
                        ((Number) row[1]).longValue(), ((Number) row[2]).doubleValue())).toList());
    }

    /** A storefront's item ratings by item. */
    public Uni<List<Average>> byItem(UUID storefrontId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select r.ratedId, count(r), avg(r.value) from OrderRating r where r.storefrontId = ?1 and r.category = ?2 "
                                + "group by r.ratedId order by r.ratedId", Object[].class)
                        .setParameter(1, storefrontId).setParameter(2, RatingCategory.ITEM).getResultList())
                .map(rows -> rows.stream().map(row -> new Average(RatingCategory.ITEM, (String) row[0],
                        ((Number) row[1]).longValue(), ((Number) row[2]).doubleValue())).toList());
    }
}
