package dev.tradedesk.adapter.plantedb;

/** Planted: an adapter that another adapter uses (rule 2). */
public class AdapterB {
}
