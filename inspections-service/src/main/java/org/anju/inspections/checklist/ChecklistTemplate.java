package org.anju.inspections.checklist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the checklist for a visit type; versions are never edited, a change is a new version. */
@Entity
@Table(name = "checklist_template")
public class ChecklistTemplate {
    @Id
    public UUID id;
    public String visitType;
    public int version;
    public String titleZh;
    public String titleEn;
}
