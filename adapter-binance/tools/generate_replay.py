#!/usr/bin/env python3
"""Generates the bundled replay data of adapter-binance (run from the module directory):

  src/main/resources/dev/tradedesk/adapter/binance/replay/exchangeInfo.json
      GET /api/v3/exchangeInfo in Binance's documented layout, 8 USDT symbols with PRICE_FILTER,
      LOT_SIZE, MARKET_LOT_SIZE and NOTIONAL filters
  src/main/resources/dev/tradedesk/adapter/binance/replay/stream.tsv
      one combined-stream message per line, "<offset ms>\\t<message>": <symbol>@miniTicker every second
      and <symbol>@bookTicker every 2.5 s per symbol, over 75 s; prices follow a seeded random walk that
      ends where it started, so the replay loops without a jump.

Synthetic data, plausible for late 2025; deterministic (fixed seed). Not market data.
"""
import json
import random
from decimal import Decimal, ROUND_HALF_EVEN

OUT = "src/main/resources/dev/tradedesk/adapter/binance/replay/"
SECONDS = 75
BASE_TIME = 1763683200000  # 2025-11-21T00:00:00Z, the event time of offset 0
# symbol, base, price, tickSize, stepSize, minQty, 24h open as a share of price, 24h base volume, volatility per second
SYMBOLS = [
    ("BTCUSDT", "BTC", "84250.00", "0.01", "0.00001000", "0.00001000", "1.0215", "18250.12345000", 0.00035),
    ("ETHUSDT", "ETH", "2765.40", "0.01", "0.00010000", "0.00010000", "1.0342", "412345.67890000", 0.00050),
    ("BNBUSDT", "BNB", "842.15", "0.01", "0.00100000", "0.00100000", "0.9876", "98765.43200000", 0.00040),
    ("SOLUSDT", "SOL", "128.34", "0.01", "0.00100000", "0.00100000", "1.0561", "3456789.12300000", 0.00060),
    ("XRPUSDT", "XRP", "1.9342", "0.0001", "0.10000000", "0.10000000", "1.0123", "234567890.10000000", 0.00055),
    ("ADAUSDT", "ADA", "0.4185", "0.0001", "0.10000000", "0.10000000", "0.9712", "345678901.20000000", 0.00060),
    ("DOGEUSDT", "DOGE", "0.14325", "0.00001", "1.00000000", "1.00000000", "1.0408", "1234567890.00000000", 0.00070),
    ("LTCUSDT", "LTC", "86.42", "0.01", "0.00100000", "0.00100000", "0.9935", "456789.01200000", 0.00045),
]


def q(value, step):
    return Decimal(value).quantize(Decimal(step), rounding=ROUND_HALF_EVEN)


def fmt8(value):
    return str(Decimal(value).quantize(Decimal("0.00000001"), rounding=ROUND_HALF_EVEN))


def exchange_info():
    symbols = []
    for name, base, _, tick, step, min_qty, *_ in SYMBOLS:
        symbols.append({
            "symbol": name, "status": "TRADING", "baseAsset": base, "baseAssetPrecision": 8,
            "quoteAsset": "USDT", "quotePrecision": 8, "quoteAssetPrecision": 8,
            "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
            "orderTypes": ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"],
            "icebergAllowed": True, "ocoAllowed": True, "otoAllowed": True, "opoAllowed": True,
            "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": True, "cancelReplaceAllowed": True,
            "amendAllowed": True, "pegInstructionsAllowed": True,
            "isSpotTradingAllowed": True, "isMarginTradingAllowed": True,
            "filters": [
                {"filterType": "PRICE_FILTER", "minPrice": fmt8(tick), "maxPrice": "1000000.00000000", "tickSize": fmt8(tick)},
                {"filterType": "LOT_SIZE", "minQty": min_qty, "maxQty": "9000000.00000000", "stepSize": step},
                {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000", "maxQty": "100000.00000000", "stepSize": "0.00000000"},
                {"filterType": "NOTIONAL", "minNotional": "5.00000000", "applyMinToMarket": True,
                 "maxNotional": "9000000.00000000", "applyMaxToMarket": False, "avgPriceMins": 5},
            ],
            "permissions": [], "permissionSets": [["SPOT", "MARGIN"]],
            "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
            "allowedSelfTradePreventionModes": ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT"],
        })
    return {
        "timezone": "UTC", "serverTime": BASE_TIME,
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000},
            {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100},
            {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 200000},
            {"rateLimitType": "RAW_REQUESTS", "interval": "MINUTE", "intervalNum": 5, "limit": 61000},
        ],
        "exchangeFilters": [], "symbols": symbols,
    }


def walk(rng, start, volatility):
    steps = [rng.gauss(0, volatility) for _ in range(SECONDS)]
    drift = sum(steps) / SECONDS
    prices, level = [], 1.0
    for s in steps:
        level *= 1 + s - drift  # a bridge: ends (almost exactly) where it started
        prices.append(float(start) * level)
    return prices


def main():
    rng = random.Random(20251121)
    lines = []
    update_id = 70_000_000_000
    for index, (name, _, price, tick, _, _, open_share, volume, vol) in enumerate(SYMBOLS):
        lower = name.lower()
        open_price = q(Decimal(price) / Decimal(open_share), tick)
        base_volume = Decimal(volume)
        high = low = None
        path = walk(rng, price, vol)
        for second, p in enumerate(path):
            close = q(p, tick)
            high = close if high is None else max(high, close)
            low = close if low is None else min(low, close)
            high_all = max(high, open_price, Decimal(price) * Decimal("1.012"))
            low_all = min(low, open_price, Decimal(price) * Decimal("0.987"))
            base_volume += q(Decimal(rng.uniform(0.0005, 0.004)) * Decimal(volume) / 1000, "0.00000001")
            offset = second * 1000 + index * 97
            mini = {"e": "24hrMiniTicker", "E": BASE_TIME + offset, "s": name, "c": fmt8(close),
                    "o": fmt8(open_price), "h": fmt8(q(high_all, tick)), "l": fmt8(q(low_all, tick)),
                    "v": fmt8(base_volume), "q": fmt8(q(base_volume * close, "0.0001"))}
            lines.append((offset, {"stream": lower + "@miniTicker", "data": mini}))
            if second % 5 in (0, 2):
                spread = Decimal(tick)
                update_id += rng.randint(50, 5000)
                book = {"u": update_id, "s": name, "b": fmt8(close - spread), "B": fmt8(q(rng.uniform(0.1, 12), "0.001")),
                        "a": fmt8(close), "A": fmt8(q(rng.uniform(0.1, 12), "0.001"))}
                lines.append((offset + 40, {"stream": lower + "@bookTicker", "data": book}))
    lines.sort(key=lambda line: line[0])
    with open(OUT + "exchangeInfo.json", "w") as f:
        json.dump(exchange_info(), f, indent=1)
        f.write("\n")
    with open(OUT + "stream.tsv", "w") as f:
        for offset, message in lines:
            f.write(f"{offset}\t{json.dumps(message, separators=(',', ':'))}\n")


if __name__ == "__main__":
    main()
