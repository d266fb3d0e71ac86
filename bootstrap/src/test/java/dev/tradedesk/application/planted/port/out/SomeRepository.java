package dev.tradedesk.application.planted.port.out;

/** Planted: an outgoing port that reaches back into an incoming one (rule 4). */
public interface SomeRepository {

    dev.tradedesk.application.planted.port.in.SomeUseCase owner();
}
