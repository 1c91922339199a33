"""A linear softmax over lists of candidates (conditional logit), fitted by Newton steps, numpy only.

Each list (a question's candidate sentences, a quotation's candidate speakers) holds one or more right
candidates; the weights maximise each list's probability of its right ones under an L2 penalty. The
benches that rerank a hand-ordered list with learned features (`bench.rerank_answers`,
`bench.rank_speakers`) share this fit, so a change to it reaches both.
"""

from __future__ import annotations

import numpy as np


def log_softmax(z: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each list's log-probabilities (z may hold -inf for candidates left out)."""
    sizes = np.diff(np.append(starts, len(z)))
    top = np.repeat(np.maximum.reduceat(z, starts), sizes)
    return z - top - np.repeat(np.log(np.add.reduceat(np.exp(z - top), starts)), sizes)


def loss(x: np.ndarray, y: np.ndarray, starts: np.ndarray, w: np.ndarray, penalty: float, weights: np.ndarray) -> float:
    """Weighted mean negative log-probability of each list's right candidates, plus the L2 penalty."""
    right = np.add.reduceat(np.exp(log_softmax(x @ w, starts)) * y, starts)
    return float((-(weights * np.log(np.maximum(right, 1e-300))).sum() + penalty * w @ w / 2) / weights.sum())


def fit_weights(
    x: np.ndarray, y: np.ndarray, starts: np.ndarray, weights: np.ndarray, penalty: float, steps: int = 40
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(weights, mean, scale) of the features `x` (one row a candidate, lists starting at `starts`,
    every list holding a right candidate in `y`, each list counting its entry in `weights`).

    The features are scaled to unit spread first, so one penalty suits them all. Newton steps on the
    log-partition's curvature (which bounds the loss's), halved until the loss falls.
    """
    sizes = np.diff(np.append(starts, len(x)))
    per_row = np.repeat(weights, sizes)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    x = (x - mean) / scale
    w = np.zeros(x.shape[1])
    total = weights.sum()
    current = loss(x, y, starts, w, penalty, weights)
    for _ in range(steps):
        z = x @ w
        p = np.exp(log_softmax(z, starts))
        r = np.exp(log_softmax(np.where(y > 0, z, -np.inf), starts))
        gradient = (x.T @ (per_row * (p - r)) + penalty * w) / total
        moments = np.add.reduceat(p[:, None] * x, starts)
        curvature = x.T @ ((per_row * p)[:, None] * x) - moments.T @ (weights[:, None] * moments)
        step = np.linalg.solve((curvature + penalty * np.eye(len(w))) / total + 1e-6 * np.eye(len(w)), gradient)
        for _ in range(20):
            trial = loss(x, y, starts, w - step, penalty, weights)
            if trial <= current:
                break
            step /= 2
        else:
            break
        w, improvement, current = w - step, current - trial, trial
        if improvement < 1e-7:
            break
    return w, mean, scale
