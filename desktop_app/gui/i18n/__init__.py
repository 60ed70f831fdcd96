"""Translation sources: Simplified Chinese is the source language of every tr() string."""
