"""The tolls timeline: per country, each day's reported range for killed, injured and arrested.

Why ranges: sources disagree and tolls are revised, so a single number per day would hide
exactly what the warehouse keeps. Each day shows a vertical bar from the lowest to the
highest figure reported for it (country_daily's *_low and *_high), with a dot at each end.

matplotlib runs with the Agg backend (no display; safe in a Dagster worker)."""
from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

CATEGORIES = {"killed": "#c0392b", "injured": "#e67e22", "arrested": "#2c3e86"}
MAX_COUNTRIES = 8


@dataclass
class Point:
    country: str
    day: object  # datetime.date
    category: str
    low: int | None
    high: int | None


def load_points(con) -> list[Point]:
    """Rows of the country_daily view, most reported countries first (read-only connection). Days
    at the calendar's very edge (an input's published 0001-01-01) are left off the chart: its
    axis needs a day either side, and matplotlib's calendar ends there."""
    cols = ", ".join(f"{c}_low, {c}_high" for c in CATEGORIES)
    rows = con.execute(f"""
        select country_name, day, {cols} from country_daily
        where day > date '0001-01-01' and day < date '9999-12-31' -- the axis keeps a day's margin
          and country in (
            select country from country_daily group by country
            order by sum(coalesce(killed_high, 0) + coalesce(injured_high, 0) + coalesce(arrested_high, 0)) desc,
                     country limit {MAX_COUNTRIES})
        order by country_name, day""").fetchall()
    points = []
    for r in rows:
        for i, cat in enumerate(CATEGORIES):
            low, high = r[2 + 2 * i], r[3 + 2 * i]
            if low is not None or high is not None:
                points.append(Point(r[0], r[1], cat, low, high))
    return points


def render_png(points: list[Point], dpi: int = 100) -> bytes:
    """One panel per country; an empty warehouse gives a placeholder image, never an error."""
    countries = list(dict.fromkeys(p.country for p in points))
    n = max(1, len(countries))
    fig, axes = plt.subplots(n, 1, figsize=(9, 2.6 * n), squeeze=False, sharex=True)
    days = [mdates.date2num(p.day) for p in points]
    span = (max(days) - min(days)) if days else 0
    if not countries:
        axes[0][0].text(0.5, 0.5, "no dated figures yet", ha="center", va="center")
        axes[0][0].set_axis_off()
    for ax, country in zip((a[0] for a in axes), countries):
        mine = [p for p in points if p.country == country]
        offsets = {c: (i - 1) * 0.12 for i, c in enumerate(CATEGORIES)}
        for cat, color in CATEGORIES.items():
            pts = [p for p in mine if p.category == cat]
            if not pts:
                continue
            xs = [mdates.date2num(p.day) + offsets[cat] for p in pts]
            lows = [p.low if p.low is not None else p.high for p in pts]
            highs = [p.high if p.high is not None else p.low for p in pts]
            ax.vlines(xs, lows, highs, colors=color, linewidth=3, alpha=0.8, label=cat)
            ax.scatter(xs + xs, lows + highs, color=color, s=14, zorder=3)
        values = [v for p in mine for v in (p.low, p.high) if v]
        if values and max(values) / max(1, min(values)) > 50:
            ax.set_yscale("log")
        else:
            ax.set_ylim(bottom=0, top=max(values or [1]) * 1.15)
        ax.set_title(str(country), loc="left", fontsize=11)
        ax.set_ylabel("people")
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, int(span // 8) + 1)) if span < 60
                                   else mdates.AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.set_xlim(min(days) - 1, max(days) + 1)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.suptitle("Reported tolls per country and day (bar = lowest to highest reported figure)", fontsize=11)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    plt.close(fig)
    return buf.getvalue()
