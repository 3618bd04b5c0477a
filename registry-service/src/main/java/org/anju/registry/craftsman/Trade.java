package org.anju.registry.craftsman;

/** The trades of rural craftsmen (瓦工, 木工, 钢筋工, 电工, 架子工, 水暖工, 其他). */
public enum Trade {
    MASON, CARPENTER, REBAR, ELECTRICIAN, SCAFFOLDER, PLUMBER, OTHER
}
