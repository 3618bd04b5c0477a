package org.anju.registry.craftsman;

/** Whether a course was taken online (线上) or in person (线下). */
public enum TrainingMode {
    ONLINE, OFFLINE
}
