"""Storage behind one small module: see `bot.store.database`."""

from bot.store.database import ChatSettings, SchemaTooNew, Store, StoredArticle, open_store

__all__ = ["ChatSettings", "SchemaTooNew", "Store", "StoredArticle", "open_store"]
