package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/**
 * A retail order as select, init, confirm, update and their callbacks carry it. Fields this record does not name are
 * kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
        String id,
        String state,
        Provider provider,
        List<Item> items,
        Billing billing,
        List<Fulfillment> fulfillments,
        Quote quote,
        Payment payment,
        List<TagGroup> tags,
        Cancellation cancellation,
        @JsonProperty("cancellation_terms") List<CancellationTerm> cancellationTerms,
        List<Document> documents,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Order {
        extra = Extra.of(extra);
    }

    /** An order of these parts, nothing else. */
    public static Order of(Provider provider, List<Item> items, List<Fulfillment> fulfillments, Quote quote) {
        return new Order(null, null, provider, items, null, fulfillments, quote, null, null, null, null, null, null, null, null);
    }

    public Order withId(String id) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withState(String state) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withItems(List<Item> items) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withBilling(Billing billing) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withFulfillments(List<Fulfillment> fulfillments) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withQuote(Quote quote) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withPayment(Payment payment) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withTags(List<TagGroup> tags) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withCancellation(Cancellation cancellation) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withCancellationTerms(List<CancellationTerm> cancellationTerms) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withDocuments(List<Document> documents) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    public Order withTimes(String createdAt, String updatedAt) {
        return new Order(id, state, provider, items, billing, fulfillments, quote, payment, tags, cancellation, cancellationTerms, documents, createdAt, updatedAt, extra);
    }

    /** The first fulfilment, or null. */
    public Fulfillment fulfillment() {
        return fulfillments == null || fulfillments.isEmpty() ? null : fulfillments.get(0);
    }
}
