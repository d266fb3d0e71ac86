package dev.tradedesk.application.plantedx;

/** Planted: half of a cycle between two feature slices (rule 4). */
public class X {

    public dev.tradedesk.application.plantedy.Y partner() {
        return new dev.tradedesk.application.plantedy.Y();
    }
}
