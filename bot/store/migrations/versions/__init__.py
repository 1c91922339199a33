"""One file per schema revision, applied in order by `bot.store.migrate`."""
