"""A bot that reads articles: summaries, key quotes and answers from the article's own sentences."""

import os

# The bot runs its CPU work in several processes at once, so each does its matrix work on one
# thread: OpenBLAS threads spinning against each other on a busy machine made the 1,000-sentence
# ranking of one page 30 times slower. Set here, before any module imports numpy.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
