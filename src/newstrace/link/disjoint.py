"""Union-find, for the cross-document groupings that join items pair by pair (quotations, dated clauses,
copies of one text)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Sets of items, merged by `union`; an item never seen is a set of its own."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def find(self, x: T) -> T:
        parent = self._parent
        while (up := parent.get(x, x)) != x:
            # Path halving: each step also points the item at its grandparent, so chains stay short.
            grand = parent.get(up, up)
            parent[x] = grand
            x = grand
        return x

    def union(self, a: T, b: T) -> bool:
        """Merge the sets of `a` and `b`; False when they were one already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        return True

    def groups(self, items: Iterable[T]) -> list[list[T]]:
        """`items` by set, each set in the order its first item comes."""
        out: dict[T, list[T]] = {}
        for item in items:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())
