package in.haat.buyer;

/** Told about each thing a {@link BuyerJourney} does as it happens (the demo prints them; tests need not listen). */
public interface JourneyListener {

    default void sent(Sent request) {
    }

    default void received(CheckedCallback callback, double millisSinceRequest) {
    }

    default void sellerAction(String action, SellerApi.Answer answer) {
    }

    default void note(String text) {
    }
}
