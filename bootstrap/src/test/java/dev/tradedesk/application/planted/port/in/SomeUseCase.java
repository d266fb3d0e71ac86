package dev.tradedesk.application.planted.port.in;

/** Planted: an incoming port that depends on an outgoing one (rule 4). */
public interface SomeUseCase {

    dev.tradedesk.application.planted.port.out.SomeRepository repository();
}
