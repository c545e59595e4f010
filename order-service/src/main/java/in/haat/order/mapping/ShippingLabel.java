package in.haat.order.mapping;

/**
 * What a shipping label shows for one shipment (an order's Delivery fulfilment): the barcode's text (order id and
 * fulfilment id), from and to, weight (null: not known), package count and the cash to collect (null: prepaid).
 */
public record ShippingLabel(
        String orderId,
        String fulfilmentId,
        String barcode,
        Address from,
        Address to,
        Integer weightGrams,
        int packages,
        String codAmount,
        int units,
        String storefront) {

    /** The text a Code 128 barcode of an order's shipment carries: "order id|fulfilment id". */
    public static String barcodeOf(String orderId, String fulfilmentId) {
        return orderId + "|" + fulfilmentId;
    }

    /** A name, address on one line, pincode and phone. */
    public record Address(String name, String address, String pincode, String phone) {
    }
}
