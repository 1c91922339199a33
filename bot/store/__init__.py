"""Storage behind one small module: see `bot.store.database`."""

from bot.store.database import ChatSettings, LastTurn, Store, StoredArticle, instance_name, open_store
from bot.store.feeds import FeedStore  # registers the feed tables on the shared metadata
from bot.store.migrate import SchemaTooNew
from bot.store.updates import UpdateLedger  # registers the processed-updates table

__all__ = ["ChatSettings", "FeedStore", "LastTurn", "SchemaTooNew", "Store", "StoredArticle", "UpdateLedger",
           "instance_name", "open_store"]
