"""The bot's side of a conversation, with no Telegram in it: shared by the Telegram bot and the terminal chat."""
