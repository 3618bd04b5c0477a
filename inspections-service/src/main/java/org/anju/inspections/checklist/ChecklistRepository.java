package org.anju.inspections.checklist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.anju.inspections.visit.VisitType;

/** Checklist templates and their items. */
@ApplicationScoped
public class ChecklistRepository {

    private final EntityManager em;

    public ChecklistRepository(EntityManager em) {
        this.em = em;
    }

    /** The newest version of the template for a visit type, if the type has one. */
    public Optional<ChecklistTemplate> current(VisitType type) {
        return em.createQuery("from ChecklistTemplate where visitType = ?1 order by version desc",
                ChecklistTemplate.class).setParameter(1, type.name()).setMaxResults(1).getResultStream().findFirst();
    }

    public List<ChecklistTemplate> currentTemplates() {
        return em.createQuery("from ChecklistTemplate t where t.version = (select max(o.version) from "
                + "ChecklistTemplate o where o.visitType = t.visitType) order by t.visitType", ChecklistTemplate.class)
                .getResultList();
    }

    public List<ChecklistItem> items(UUID templateId) {
        return em.createQuery("from ChecklistItem where templateId = ?1 order by position", ChecklistItem.class)
                .setParameter(1, templateId).getResultList();
    }
}
