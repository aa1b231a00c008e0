# Type stubs of the native module (src/python.rs). Use the public API in casus/__init__.py, whose
# results are the typed dataclasses of casus/_events.py (Event, Party, ... each with to_dict()).
from typing import List, Optional, Sequence, Tuple

__version__: str

class CasusError(Exception):
    """A document or the model could not be processed; the message says which and why."""

def _add_onnxruntime_dir(capi_dir: str) -> None:
    """Registers an onnxruntime/capi directory to load libonnxruntime from (before the first model)."""

class _Extractor:
    def __init__(
        self, models: Optional[str] = None, threads: Optional[int] = None, min_confidence: Optional[float] = None
    ) -> None: ...
    @property
    def min_confidence(self) -> float: ...
    @property
    def models(self) -> str: ...
    @property
    def model_name(self) -> str: ...
    @property
    def threads(self) -> int: ...
    def run(
        self, docs: Sequence[Tuple[str, str, Optional[str]]]
    ) -> List[Tuple[str, Optional[List[str]], Optional[str]]]: ...
