"""Analysis stage: dyad series, the alignment index, shifts and blocs over a dyad frame.

Every analysis reads one input, the *dyad frame* (:mod:`.frame`): one row per event,
source actor and target actor. Build it from events, a PLOVER JSON Lines file or a
store, then::

    con, frame = open_frame("events.jsonl")
    shifts(con, frame, "MLI")                  # who MLI moved toward and away from
    dyad_series(con, frame, pair=("MLI", "RUS"), freq="quarter", directed=False)
    blocs(con, frame, period="year")           # communities of cooperation per year
"""

from .blocs import BlocChange, BlocPeriod, Edge, bloc_changes, blocs, communities
from .charts import DyadChart, Mark, Point, svg, write_png, write_svg
from .frame import (
    DYAD_COLUMNS,
    expand_organisations,
    frame_from_events,
    frame_from_jsonl,
    frame_from_store,
    open_frame,
)
from .report import Report, ReportOptions, build_report, render_html, write_report
from .scope import FREQS, Scope, scoped
from .series import alignment, dyad_series
from .shifts import Evidence, Shift, ShiftOptions, change_points, shifts

__all__ = [
    "DYAD_COLUMNS",
    "FREQS",
    "BlocChange",
    "BlocPeriod",
    "DyadChart",
    "Edge",
    "Evidence",
    "Mark",
    "Point",
    "Report",
    "ReportOptions",
    "Scope",
    "Shift",
    "ShiftOptions",
    "alignment",
    "bloc_changes",
    "blocs",
    "build_report",
    "change_points",
    "communities",
    "dyad_series",
    "expand_organisations",
    "frame_from_events",
    "frame_from_jsonl",
    "frame_from_store",
    "open_frame",
    "render_html",
    "scoped",
    "shifts",
    "svg",
    "write_png",
    "write_report",
    "write_svg",
]
