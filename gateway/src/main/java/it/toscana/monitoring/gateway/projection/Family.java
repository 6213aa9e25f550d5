package it.toscana.monitoring.gateway.projection;

/** The kinds of figure a total cell holds; each is read by its own part of the totals. */
public enum Family {
    /** Money of allocations, by section, period, line and category. */
    MONEY,
    /** The same money split over municipalities ({@code istatCode}), by the allocation's share rule ({@code status}). */
    MONEY_SHARE,
    PAAS,
    BROADBAND,
    CART,
    /** Telecentres, VoIP, FORe-gov training and justice offices. */
    ROLLOUT
}
