#!/usr/bin/env python3
"""Size of everything a survey respondent downloads: the built widget, raw and gzipped.

Usage: python3 benchmarks/widget_size.py [path/to/widget.js]

Budget: 12 KB (12 * 1024 bytes) gzipped. Exits 1 when over budget. The last line of output is
one JSON object for machines.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

BUDGET_GZIP_BYTES = 12 * 1024
DEFAULT = Path(__file__).resolve().parent.parent / "api" / "static" / "widget.js"


def measure(path: Path) -> dict[str, object]:
    raw = path.read_bytes()
    # mtime=0: the same input always gives the same gzip output (and size).
    gz = gzip.compress(raw, compresslevel=9, mtime=0)
    return {
        "file": str(path),
        "raw_bytes": len(raw),
        "gzip_bytes": len(gz),
        "budget_gzip_bytes": BUDGET_GZIP_BYTES,
        "budget_ratio": round(len(gz) / BUDGET_GZIP_BYTES, 4),
        "within_budget": len(gz) <= BUDGET_GZIP_BYTES,
    }


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"{path} not found: run `npm run build` in frontend_widget/ first", file=sys.stderr)
        return 2
    m = measure(path)
    print(f"widget:  {m['file']}")
    print(f"raw:     {m['raw_bytes']:>7,} bytes")
    print(f"gzipped: {m['gzip_bytes']:>7,} bytes")
    print(
        f"budget:  {m['budget_gzip_bytes']:>7,} bytes gzipped -> "
        f"{m['budget_ratio']:.1%} used ({'OK' if m['within_budget'] else 'OVER BUDGET'})"
    )
    print(json.dumps(m, sort_keys=True))
    return 0 if m["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
