package dev.tradedesk.application.planted;

import dev.tradedesk.application.planted.port.in.SomeUseCase;
import dev.tradedesk.application.planted.port.out.SomeRepository;

/** Planted violation of rule 7: implements an incoming port but is not called *Service. */
public class SomeHandler implements SomeUseCase {

    @Override
    public SomeRepository repository() {
        return null;
    }
}
