"""Helpers that test modules share: clients, builders, private servers, waiting for events.

Fixtures stay in conftest.py files (they may use these); no test module imports another."""
