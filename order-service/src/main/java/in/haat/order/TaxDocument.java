package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An issued GST document of an order (a tax invoice, kind INV, or a credit note, kind CN): its number and content, never changed. */
@Entity
@Table(name = "tax_document")
public class TaxDocument {

    public static final String INVOICE = "INV";
    public static final String CREDIT_NOTE = "CN";

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "financial_year", nullable = false)
    public String financialYear;

    /** Position in the seller's series for this kind and financial year, from 1. */
    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String number;

    /** The document as issued: {@link in.haat.order.mapping.GstDocument} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
