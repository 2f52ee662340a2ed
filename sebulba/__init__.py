"""Sebulba's Legacy: train a Mad Pod Racing bot with deep RL and ship it as one pure-Python file."""

__version__ = "0.1.0"
