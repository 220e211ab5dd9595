"""Sanctions Stance: who argues for tougher or looser sanctions, in whose name, how often quoted."""

__version__ = "0.1.0"
