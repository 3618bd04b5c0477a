package org.anju.permits.permit;

/** Structural system of the house. */
public enum Structure {
    BRICK_CONCRETE, FRAME, LIGHT_STEEL, TIMBER, OTHER
}
