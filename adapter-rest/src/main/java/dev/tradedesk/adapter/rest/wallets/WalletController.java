package dev.tradedesk.adapter.rest.wallets;

import dev.tradedesk.adapter.rest.common.DecimalInput;
import dev.tradedesk.application.wallets.port.in.Credit;
import dev.tradedesk.application.wallets.port.in.CreditCommand;
import dev.tradedesk.application.wallets.port.in.CreditWalletUseCase;
import dev.tradedesk.application.wallets.port.in.WalletQuery;
import dev.tradedesk.domain.common.Actor;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Wallets (API.md "Wallet and orders"): the caller's own, and any user's for administrators. */
@RestController
public final class WalletController {

    private final WalletQuery wallets;
    private final CreditWalletUseCase credit;
    private final WalletMapper mapper;

    public WalletController(WalletQuery wallets, CreditWalletUseCase credit, WalletMapper mapper) {
        this.wallets = wallets;
        this.credit = credit;
        this.mapper = mapper;
    }

    /** The caller's wallet, created with the starting balance on first use, valued at current prices. */
    @GetMapping(path = "/api/v1/wallet", produces = MediaType.APPLICATION_JSON_VALUE)
    public WalletResponse own(Actor actor) {
        return mapper.toResponse(wallets.wallet(actor));
    }

    /** Needs {@code wallets:read}; 404 for an unknown user. */
    @GetMapping(path = "/api/v1/users/{id}/wallet", produces = MediaType.APPLICATION_JSON_VALUE)
    public WalletResponse of(Actor actor, @PathVariable UUID id) {
        return mapper.toResponse(wallets.wallet(actor, id));
    }

    /** Needs {@code wallets:credit}: 201 with the credit; 422 {@code unsupported_asset} for another asset. */
    @PostMapping(path = "/api/v1/users/{id}/wallet/credits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CreditResponse> credit(Actor actor, @PathVariable UUID id, @RequestBody CreditRequest body) {
        Credit posted = credit.credit(actor, id, CreditCommand.of(body.asset(), DecimalInput.text(body.amount()),
                DecimalInput.number(body.amount())));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/users/" + id + "/wallet"))
                .body(mapper.toResponse(posted));
    }
}
