package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.wallets.InsufficientFundsException;
import dev.tradedesk.domain.wallets.InsufficientPositionException;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import dev.tradedesk.domain.wallets.Wallet;
import dev.tradedesk.domain.wallets.WalletMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A market order filled against a wallet: the order, the balanced journal that carries it out, and the
 * new average price of the long position or entry price of the short it changes. {@link #of} checks the
 * wallet can afford it; the database checks again (no balance below zero) when the journal is posted.
 *
 * <p>Amounts: {@code notional = quantity * price} and the fee ({@code notional * takerFeeRate}) and the
 * margin ({@code notional * initialMarginRate}) are rounded to 8 decimals, the fee and margin upwards.
 * <ul>
 * <li>buy: cash pays notional + fee; the position grows.</li>
 * <li>sell: the position shrinks; cash receives notional - fee.</li>
 * <li>short: cash pays margin + fee; notional + margin are locked as the short's collateral.</li>
 * <li>close_short: the closed part's share of the collateral is released; it pays notional + fee and the
 * rest goes to cash (if the price rose so far that the share does not cover it, cash pays the
 * difference).</li>
 * </ul>
 */
public record OrderFill(Order order, Journal journal, Optional<BigDecimal> averagePrice, Optional<BigDecimal> entryPrice) {

    public OrderFill {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(entryPrice, "entryPrice");
    }

    public static OrderFill of(UUID orderId, Wallet wallet, SymbolInfo info, OrderSide side, BigDecimal quantity,
                               PriceTick tick, TradingTerms terms, Instant now) {
        BigDecimal price = tick.price();
        BigDecimal notional = WalletMath.round(quantity.multiply(price));
        if (notional.signum() == 0) {
            throw new InvalidQuantityException("The order's value rounds to zero.");
        }
        BigDecimal fee = WalletMath.roundUp(notional.multiply(terms.takerFeeRate()));
        String quote = wallet.currency();
        String base = info.baseAsset();
        var symbol = info.symbol();
        List<LedgerEntry> entries = new ArrayList<>();
        Optional<BigDecimal> averagePrice = Optional.empty();
        Optional<BigDecimal> entryPrice = Optional.empty();
        switch (side) {
            case BUY -> {
                BigDecimal cost = notional.add(fee);
                requireCash(wallet, cost);
                cash(entries, quote, cost.negate());
                exchange(entries, quote, notional);
                fees(entries, quote, fee);
                entries.add(new LedgerEntry(LedgerAccount.position(symbol), base, quantity));
                entries.add(new LedgerEntry(LedgerAccount.EXCHANGE, base, quantity.negate()));
                Position held = wallet.position(symbol).orElse(null);
                BigDecimal oldQuantity = held == null ? BigDecimal.ZERO : held.quantity();
                BigDecimal oldCost = held == null ? BigDecimal.ZERO : oldQuantity.multiply(held.averagePrice());
                averagePrice = Optional.of(WalletMath.round(oldCost.add(quantity.multiply(price))
                        .divide(oldQuantity.add(quantity), MathContext.DECIMAL128)));
            }
            case SELL -> {
                BigDecimal held = wallet.position(symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
                if (held.compareTo(quantity) < 0) {
                    throw new InsufficientPositionException("The wallet holds " + plain(held) + " " + base
                            + " of " + symbol + "; the order sells " + plain(quantity) + ".");
                }
                entries.add(new LedgerEntry(LedgerAccount.position(symbol), base, quantity.negate()));
                entries.add(new LedgerEntry(LedgerAccount.EXCHANGE, base, quantity));
                cash(entries, quote, notional.subtract(fee));
                exchange(entries, quote, notional.negate());
                fees(entries, quote, fee);
            }
            case SHORT -> {
                BigDecimal margin = WalletMath.roundUp(notional.multiply(terms.initialMarginRate()));
                BigDecimal cost = margin.add(fee);
                requireCash(wallet, cost);
                cash(entries, quote, cost.negate());
                add(entries, LedgerAccount.collateral(symbol), quote, notional.add(margin));
                exchange(entries, quote, notional.negate());
                fees(entries, quote, fee);
                entries.add(new LedgerEntry(LedgerAccount.shortOf(symbol), base, quantity));
                entries.add(new LedgerEntry(LedgerAccount.LENDER, base, quantity.negate()));
                ShortPosition open = wallet.shortOf(symbol).orElse(null);
                BigDecimal oldQuantity = open == null ? BigDecimal.ZERO : open.quantity();
                BigDecimal oldValue = open == null ? BigDecimal.ZERO : oldQuantity.multiply(open.entryPrice());
                entryPrice = Optional.of(WalletMath.round(oldValue.add(quantity.multiply(price))
                        .divide(oldQuantity.add(quantity), MathContext.DECIMAL128)));
            }
            case CLOSE_SHORT -> {
                ShortPosition open = wallet.shortOf(symbol).orElse(null);
                BigDecimal owed = open == null ? BigDecimal.ZERO : open.quantity();
                if (owed.compareTo(quantity) < 0) {
                    throw new InsufficientPositionException("The wallet is short " + plain(owed) + " " + base
                            + " of " + symbol + "; the order buys back " + plain(quantity) + ".");
                }
                BigDecimal released = quantity.compareTo(owed) == 0 ? open.collateral()
                        : WalletMath.roundDown(open.collateral().multiply(quantity).divide(owed, MathContext.DECIMAL128));
                BigDecimal toCash = released.subtract(notional).subtract(fee);
                if (toCash.signum() < 0) {
                    requireCash(wallet, toCash.negate());
                }
                add(entries, LedgerAccount.collateral(symbol), quote, released.negate());
                exchange(entries, quote, notional);
                fees(entries, quote, fee);
                cash(entries, quote, toCash);
                entries.add(new LedgerEntry(LedgerAccount.shortOf(symbol), base, quantity.negate()));
                entries.add(new LedgerEntry(LedgerAccount.LENDER, base, quantity));
                if (quantity.compareTo(owed) == 0) {
                    entryPrice = Optional.of(BigDecimal.ZERO);
                }
            }
            default -> throw new IllegalStateException("unknown side " + side);
        }
        Order order = new Order(orderId, wallet.userId(), symbol, side, quantity, price, notional, fee,
                OrderStatus.FILLED, tick.asOf(), tick.source(), now);
        Journal journal = new Journal(orderId, wallet.userId(), orderId, side.wireName() + " " + plain(quantity) + " "
                + symbol, entries, now);
        return new OrderFill(order, journal, averagePrice, entryPrice);
    }

    private static void requireCash(Wallet wallet, BigDecimal needed) {
        if (wallet.cash().compareTo(needed) < 0) {
            throw new InsufficientFundsException("The order needs " + plain(needed) + " " + wallet.currency()
                    + "; the wallet has " + plain(wallet.cash()) + " free.");
        }
    }

    private static void cash(List<LedgerEntry> entries, String asset, BigDecimal amount) {
        add(entries, LedgerAccount.CASH, asset, amount);
    }

    private static void exchange(List<LedgerEntry> entries, String asset, BigDecimal amount) {
        add(entries, LedgerAccount.EXCHANGE, asset, amount);
    }

    private static void fees(List<LedgerEntry> entries, String asset, BigDecimal amount) {
        add(entries, LedgerAccount.FEES, asset, amount);
    }

    /** Adds an entry unless it moves nothing (a zero fee, a close that releases exactly its cost). */
    private static void add(List<LedgerEntry> entries, LedgerAccount account, String asset, BigDecimal amount) {
        if (amount.signum() != 0) {
            entries.add(new LedgerEntry(account, asset, amount));
        }
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
