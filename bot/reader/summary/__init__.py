"""The extractive summary: sentence features, the ranking, and the readability rules on top."""
