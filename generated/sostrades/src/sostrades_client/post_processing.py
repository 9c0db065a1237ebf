"""Post-processing: the charts page saved to a file."""

from __future__ import annotations

import os
from pathlib import Path

from client_runtime import RequestOptions

from . import _resources


class PostProcessing(_resources.PostProcessing):
    """Post-processing operations, plus saving the HTML page."""

    def save_html(self, study_id: int, path: str | os.PathLike[str], *, options: RequestOptions | None = None) -> Path:
        """Stream the charts page into `path` (replaced only once the page has fully arrived).

        Example: ``client.post_processing.save_html(1, "charts.html")``
        """
        with self.with_streaming_response.get_html(study_id, options=options) as stream:
            return stream.write_to(path)


class AsyncPostProcessing(_resources.AsyncPostProcessing):
    """Async twin of PostProcessing."""

    async def save_html(
        self, study_id: int, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Stream the charts page into `path` (replaced only once the page has fully arrived)."""
        async with self.with_streaming_response.get_html(study_id, options=options) as stream:
            return await stream.write_to(path)
