package dev.tradedesk.application.sessions.port.in;

import java.util.Map;

/** The JWK Set that verifies TradeDesk's access tokens. */
public interface PublicKeysQuery {

    Map<String, Object> publicKeys();
}
