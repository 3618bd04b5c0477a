package org.anju.inspections.checklist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anju.inspections.hazard.HazardGrade;

/** One question of a checklist template; a "no" to a YES_NO item with a grade is a hazard of that grade. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    /** The kind of answer an item needs. */
    public enum AnswerKind {
        YES_NO, NUMBER, TEXT
    }

    @Id
    public UUID id;
    public UUID templateId;
    public int position;
    public String code;
    public String textZh;
    public String textEn;
    @Enumerated(EnumType.STRING)
    public AnswerKind answerKind;
    public boolean required;
    public String hazardType;
    @Enumerated(EnumType.STRING)
    public HazardGrade hazardGrade;
}
