package in.haat.sellers;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * What a service does besides marking the directory when catalogue-service deletes a seller (auth-service revokes the
 * seller's clients). Every bean implementing it runs inside the transaction that applies {@code seller.deleted}, so
 * the event is applied, with all of it, once.
 */
public interface SellerDeletionListener {

    Uni<Void> sellerDeleted(UUID sellerId, Instant deletedAt);
}
