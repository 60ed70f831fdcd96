"""Use cases shared by the CLI and the GUI: they call the domain and the store."""
