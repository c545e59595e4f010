package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One item line of an order as quoted: the item, its count, unit price, line price and tax; in quote order. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    /** Position in the quote's breakup among the item lines, from 1. */
    @Column(name = "line_no", nullable = false)
    public int lineNo;

    /** The item id as the buyer app sent it (breakup's {@code @ondc/org/item_id}). */
    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "catalogue_item_id", nullable = false)
    public UUID catalogueItemId;

    @Column(name = "fulfilment_id", nullable = false)
    public String fulfilmentId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int quantity;

    /** Rupees per unit. */
    @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
    public BigDecimal unitPrice;

    /** Rupees for the line: unit price × quantity. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal price;

    /** GST on the line when the price excludes it, else 0. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal tax;

    /** The item's HSN code as the catalogue had it at /confirm (4, 6 or 8 digits); null when it had none. */
    @Column(name = "hsn_code")
    public String hsnCode;

    /** The item's GST rate in percent at /confirm; null for lines confirmed before it was kept. */
    @Column(name = "gst_rate", precision = 5, scale = 2)
    public BigDecimal gstRate;

    /** Grams per unit at /confirm; null when the item's unit is not a weight. */
    @Column(name = "unit_weight_g")
    public Integer unitWeightGrams;
}
