"""ElementList: what ``at.button``, ``col.text`` ... return."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class ElementList(Generic[T]):
    """A list of elements: ``len``, indexing, iteration, ``.values`` and
    lookup by key (``at.button(key="k")``)."""

    def __init__(self, elements: Sequence[T]) -> None:
        self._list = list(elements)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> T: ...
    @overload
    def __getitem__(self, idx: slice) -> ElementList[T]: ...
    def __getitem__(self, idx: int | slice) -> T | ElementList[T]:
        if isinstance(idx, slice):
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[T]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return id(self)

    def __call__(self, key: str) -> T:
        for element in self._list:
            if getattr(element, "key", None) == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> Sequence[Any]:
        return [getattr(e, "value", None) for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


WidgetList = ElementList
BlockList = ElementList
