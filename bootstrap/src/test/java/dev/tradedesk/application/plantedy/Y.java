package dev.tradedesk.application.plantedy;

/** Planted: the other half of the cycle (rule 4). */
public class Y {

    public dev.tradedesk.application.plantedx.X partner() {
        return new dev.tradedesk.application.plantedx.X();
    }
}
