package org.anju.registry.crew;

/** The legal form of a crew: a craftsmen's crew (施工班组), a co-operative (合作社), or a company (公司). */
public enum CrewKind {
    INDIVIDUAL_CREW, COOPERATIVE, COMPANY
}
