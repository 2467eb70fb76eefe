"""Draw the candidate comments of the churn-intent labelled set (analysis/data/churn_labels.csv).

How the set was made (documented in analysis/data/README.md): from each development file, comments
of at most MAX_CHARS characters after normalisation are drawn with a fixed seed, in three pools:
`strong` (a cue that usually goes with leaving: refund, uninstall, never again, another shop...),
`weak` (a character or word that only sometimes does: 退, 换, 以后, 投诉 ...: hard negatives) and
`random` (any comment: how rare churn intent is, and what the rules must leave alone). Each row is
given its split (dev / heldout) by the same seeded draw, before anything is labelled. The labels
are then written by hand, by reading each comment (the guideline is in the README).

    python scripts/churn_candidates.py /work/shared/data > candidates.csv
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

from analysis.text.normalize import normalize

SEED = 20261206
MAX_CHARS = 160
STRONG = re.compile(r"退款|退钱|退货|退订|卸载|取消|续费|续订|再也不|不会再|再不|不再|最后一次|别家|其他家|别的店|"
                    r"换一家|换家|拉黑|不来了|不点了|不买了|换成|转投|改用")
WEAK = re.compile(r"退|换|以后|投诉|不买|不点|不用|差评|失望")
# Per source: (file, text column, strong, weak, random).
SOURCES = (("online_shopping_5cats_dev.csv", "review", 100, 50, 60), ("waimai_10k.csv", "review", 100, 50, 60))


def main(folder: Path) -> None:
    rng = random.Random(SEED)
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "source", "pool", "split", "review"])
    for name, column, n_strong, n_weak, n_random in SOURCES:
        with (folder / name).open(encoding="utf-8") as handle:
            texts = [normalize(row[column]) for row in csv.DictReader(handle)]
        texts = list(dict.fromkeys(t for t in texts if t and len(t) <= MAX_CHARS))
        strong = [t for t in texts if STRONG.search(t)]
        weak = [t for t in texts if not STRONG.search(t) and WEAK.search(t)]
        picked: list[tuple[str, str]] = [("strong", t) for t in rng.sample(strong, n_strong)]
        picked += [("weak", t) for t in rng.sample(weak, n_weak)]
        taken = {t for _, t in picked}
        picked += [("random", t) for t in rng.sample([t for t in texts if t not in taken], n_random)]
        source = name.split("_")[0]
        for i, (pool, text) in enumerate(picked):
            split = "heldout" if rng.random() < 0.5 else "dev"
            writer.writerow([f"{source}-{i:03d}", source, pool, split, text])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
