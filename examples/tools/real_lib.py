"""Shared helpers of the real-text claims gold (splits `real` and `real3`, the latter held out as `heldout-real` until 2026-11-22).

The annotation modules (`real_claims.py`, `real3_claims.py`) list articles as
(10kGNAD id, [claims]) with each claim written by `q(...)`; `build_real.py` turns them into
`examples/gold/real.json` and `examples/gold/real3.json` and validates them.
"""


def q(text, value, qualifier, unit, measure, subject=None, source=None, hedged=False,
      low=None, high=None, time=None):
    """One quantity claim (ClaimGold, kind "quantity", group null).

    `time` is None, a year "2015", a month "2015-03", or a (start, end) pair of ISO days.
    """
    return {
        "kind": "quantity", "text": text, "value": value, "low": low, "high": high,
        "qualifier": qualifier, "unit": unit, "measure": measure, "time": _time(time),
        "subject": subject, "source": source, "hedged": hedged, "group": None,
    }


def rng(text, low, high, unit, measure, **kw):
    """A range "150 bis 180 Millionen": value null, low and high, qualifier "range"."""
    return q(text, None, "range", unit, measure, low=low, high=high, **kw)


_MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _time(t):
    if t is None:
        return None
    if isinstance(t, tuple):
        return {"start": t[0], "end": t[1]}
    if len(t) == 4:
        return {"start": f"{t}-01-01", "end": f"{t}-12-31"}
    if len(t) == 7:
        y, m = int(t[:4]), int(t[5:])
        end = _MONTH_END[m] + (1 if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 0)
        return {"start": f"{t}-01", "end": f"{t}-{end:02d}"}
    return {"start": t, "end": t}
