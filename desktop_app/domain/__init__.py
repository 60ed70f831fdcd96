"""Pure-Python domain rules (no Qt, no I/O outside resources): money, words, penalty, LPR."""
