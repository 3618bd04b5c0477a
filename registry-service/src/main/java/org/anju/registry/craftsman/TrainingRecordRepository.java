package org.anju.registry.craftsman;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Training records by craftsman. */
@ApplicationScoped
public class TrainingRecordRepository implements PanacheRepositoryBase<TrainingRecord, UUID> {

    public List<TrainingRecord> of(UUID craftsmanId) {
        return list("craftsmanId = ?1 order by completedOn desc, id", craftsmanId);
    }

    /** Records of these craftsmen completed after {@code since}, for training currency, in one query. */
    public List<TrainingRecord> since(Collection<UUID> craftsmanIds, LocalDate since) {
        if (craftsmanIds.isEmpty()) {
            return List.of();
        }
        return list("craftsmanId in :ids and completedOn > :since",
                Parameters.with("ids", craftsmanIds).and("since", since));
    }
}
