"""The catalogue the window offers: the built-in one, loaded when first needed, with the store's own
frameworks (every version) and library of own criteria; read again in a worker when they change.

The window holds one `OwnCatalogue`; `spread` hands each new catalogue to the views that offer it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.widgets.tasks import Job

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.model.criteria import Criterion
    from ambitieweb.model.framework import Framework
    from ambitieweb.store.repository import Repository


class OwnCatalogue:
    def __init__(
        self,
        catalogue: Catalogue | None,
        parent: QObject,
        repository: Callable[[], Repository | None],
        spread: Callable[[Catalogue], None],
        failed: Callable[[AmbitiewebError], None],
    ) -> None:
        self.catalogue = catalogue
        self._changes = 0  # how often the catalogue changed (a read in a worker may be outdated)
        self._parent = parent  # of the read's job
        self._repository = repository
        self._spread = spread
        self._failed = failed

    def load(self) -> None:
        """The built-in catalogue, if none yet."""
        if self.catalogue is None:
            from ambitieweb.catalogue import default_catalogue

            self.catalogue = default_catalogue()

    def attach(self, repository: Repository, own: Catalogue | None) -> None:
        """The store is open: its own frameworks and library from now on, as read with the store (in
        the opener's worker), else read here."""
        self.load()
        if own is not None:
            self.use(own)
        else:  # the store was opened on this thread (`open_store`)
            from ambitieweb.transfer import own_catalogue

            assert self.catalogue is not None
            self.use(own_catalogue(repository, self.catalogue))

    def frameworks_changed(
        self, versions: list[Framework] | None = None, then: Callable[[], object] | None = None
    ) -> Job | None:
        """From now on also the store's own frameworks (every version) and its library: as given, or
        read again in a worker (returned), after which `then` runs."""
        if self._repository() is None or self.catalogue is None:
            if then is not None:
                then()
            return None
        if versions is not None:
            self.use(self.catalogue.with_own(versions, keep_own=False))
            if then is not None:
                then()
            return None
        return self._read_own(then)

    def _read_own(self, then: Callable[[], object] | None) -> Job:
        from ambitieweb.transfer import own_catalogue

        repository, catalogue, seen = self._repository(), self.catalogue, self._changes
        assert repository is not None and catalogue is not None
        job = Job(lambda _progress: own_catalogue(repository, catalogue), self._parent)

        def read(found: Catalogue) -> None:
            if self._changes != seen:  # changed while it was read: read again, the store decides
                self._read_own(then)
                return
            self.use(found)
            if then is not None:
                then()

        def failed(error: object) -> None:
            if not isinstance(error, AmbitiewebError):
                raise error  # type: ignore[misc]  # a bug: as if it had happened here
            self._failed(error)
            if then is not None:
                then()

        job.finished.connect(read)
        job.failed.connect(failed)
        return job.start()

    def library_changed(self, criteria: Iterable[Criterion]) -> None:
        """The library of own criteria as now stored: offered from now on."""
        if self.catalogue is not None:
            self.use(self.catalogue.with_own((), library=criteria))

    def use(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._changes += 1  # a read begun before this is outdated
        self._spread(catalogue)
