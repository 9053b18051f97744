"""Which key names an entry within a feed: the wire's or feed's own id, or a stronger one; pure.

Some feeds repeat one GUID for every item, or reuse GUIDs by position as items scroll. Entries of
such a feed are keyed by a digest of link and headline instead, chosen once per feed and kept, so
its releases are neither merged nor lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bot.models import Entry
from bot.stories import different_headlines, title_key

NATIVE = "native"
STRONG = "strong"
ID_KEYS = (NATIVE, STRONG)
# More than this share of a feed's entries colliding means its ids cannot be trusted.
COLLISION_SHARE = 0.05
# Headline similarity (0-100) below which a stored release and a feed item with its id are two items;
# corrections and edits keep far more of a headline than this.
SAME_ITEM = 60


@dataclass(frozen=True, slots=True)
class Keyed:
    """A feed's entries under one key, and how many items shared an id with a different item."""

    entries: tuple[Entry, ...]
    collisions: int  # items dropped because another item (another link or headline) had their id


def strong_id(entry: Entry) -> str:
    """Return an id from the entry's link and headline (its own id when it has neither).

    The feed's id is left out: ids that repeat or move with an item's position are why a feed is
    keyed this way.
    """
    parts = (entry.url, entry.title) if entry.url or entry.title else (entry.native_id,)
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", errors="replace"))
        digest.update(b"\x1f")
    return "key:" + digest.hexdigest()


def keyed(entries: Sequence[Entry], *, id_key: str) -> Keyed:
    """Return the entries with ids under id_key, the first of each id kept, and the collisions counted.

    An item repeated whole (same id, link and headline) is one release, not a collision.
    """
    kept: dict[str, Entry] = {}
    collisions = 0
    for entry in entries:
        if id_key == STRONG:
            entry = replace(entry, native_id=strong_id(entry))
        first = kept.get(entry.native_id)
        if first is None:
            kept[entry.native_id] = entry
        elif (first.url, first.title) != (entry.url, entry.title):
            collisions += 1
    return Keyed(entries=tuple(kept.values()), collisions=collisions)


def collide_too_often(*, items: int, collisions: int) -> bool:
    """True when more than 5% of a feed's items collided with another item's id."""
    return items > 0 and collisions > items * COLLISION_SHARE


def same_item(stored_title: str, title: str) -> bool:
    """True when a feed item's headline is the stored release's (perhaps edited or corrected)."""
    old, new = title_key(stored_title), title_key(title)
    if old == new:
        return True
    return fuzz.token_set_ratio(old, new) >= SAME_ITEM and not different_headlines(stored_title, title)
