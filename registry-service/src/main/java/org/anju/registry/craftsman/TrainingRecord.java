package org.anju.registry.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One course a craftsman completed, counted towards his yearly training hours. */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

    @Id
    public UUID id;

    @Column(name = "craftsman_id", nullable = false)
    public UUID craftsmanId;

    @Column(nullable = false)
    public String course;

    @Column(nullable = false, precision = 6, scale = 1)
    public BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingMode mode;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(nullable = false)
    public String provider;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
