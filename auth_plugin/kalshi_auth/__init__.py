"""Kalshi request signing for the generated ``kalshi_trade_api`` client."""
