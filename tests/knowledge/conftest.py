from ..search.conftest import (  # noqa: F401 - the engine fixtures, for the similar items
    _require_engine,
    apply_on_commit,
    engine_settings,
    search_index,
)
