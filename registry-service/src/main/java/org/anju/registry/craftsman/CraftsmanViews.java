package org.anju.registry.craftsman;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.anju.common.identity.Masking;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.support.Clock;

/** Turns craftsmen into their API view, with crew and training currency read in one query each per page. */
@ApplicationScoped
public class CraftsmanViews {

    private final TrainingRecordRepository training;
    private final EntityManager em;
    private final TrainingCurrency currency;

    public CraftsmanViews(TrainingRecordRepository training, EntityManager em, RegistryConfig config) {
        this.training = training;
        this.em = em;
        this.currency = TrainingCurrency.of(config.training());
    }

    public TrainingCurrency rule() {
        return currency;
    }

    /** Training currency of each craftsman on a day. */
    public Map<UUID, TrainingCurrency.Status> currency(List<UUID> ids, LocalDate on) {
        Map<UUID, List<TrainingCurrency.Hours>> hours = new HashMap<>();
        for (TrainingRecord r : training.since(ids, currency.windowStart(on).minusDays(1))) {
            hours.computeIfAbsent(r.craftsmanId, k -> new ArrayList<>())
                    .add(new TrainingCurrency.Hours(r.completedOn, r.hours, r.mode == TrainingMode.OFFLINE));
        }
        Map<UUID, TrainingCurrency.Status> result = new HashMap<>();
        for (UUID id : ids) {
            result.put(id, currency.evaluate(hours.getOrDefault(id, List.of()), on));
        }
        return result;
    }

    public CraftsmanView view(Craftsman c, boolean full) {
        return views(List.of(c), full).get(0);
    }

    public List<CraftsmanView> views(List<Craftsman> craftsmen, boolean full) {
        List<UUID> ids = craftsmen.stream().map(c -> c.id).toList();
        Map<UUID, TrainingCurrency.Status> status = currency(ids, Clock.today());
        Map<UUID, UUID> crews = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select craftsman_id, crew_id from crew_member "
                    + "where left_on is null and craftsman_id in (:ids)").setParameter("ids", ids).getResultList();
            for (Object[] row : rows) {
                crews.put((UUID) row[0], (UUID) row[1]);
            }
        }
        return craftsmen.stream().map(c -> new CraftsmanView(c.id, c.name, Masking.residentId(c.residentId, full),
                Masking.phone(c.phone, full), c.townshipCode, c.villageCode, c.trades, c.skillLevel, c.certifyingBody,
                c.certificateNumber, c.creditScore, crews.get(c.id), TrainingStatusView.of(status.get(c.id)),
                c.version)).toList();
    }
}
