"""Storage behind one small module: see `bot.store.database`."""

from bot.store.database import ChatSettings, SchemaTooNew, Store, StoredArticle, open_store
from bot.store.feeds import FeedStore  # registers the feed tables, so open_store creates them

__all__ = ["ChatSettings", "FeedStore", "SchemaTooNew", "Store", "StoredArticle", "open_store"]
