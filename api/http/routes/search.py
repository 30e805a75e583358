"""GET /v1/search: ranked agenda points with snippets, no answer generation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api import schemas
from api.http.deps import ServiceDep
from api.http.errors import validation_reason

router = APIRouter(prefix="/v1", tags=["search"])


@router.get("/search", response_model=schemas.SearchResponse)
async def search(
    service: ServiceDep,
    q: Annotated[str, Query(min_length=1, max_length=100_000, examples=["solgården takster"])],
    date_from: schemas.IsoDate | None = None,
    date_to: schemas.IsoDate | None = None,
    # Checked by schemas.Filters, which says what a case number looks like (a Query pattern's
    # message would be the regular expression).
    case_number: Annotated[
        str | None, Query(json_schema_extra={"pattern": schemas.CASE_PATTERN})
    ] = None,
    meeting_id: Annotated[str | None, Query(max_length=200)] = None,
    board: Annotated[str | None, Query(max_length=200)] = None,
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> schemas.SearchResponse:
    """Rank agenda points for a query; dates and case numbers in it become filters."""
    try:
        filters = schemas.Filters(
            date_from=date_from,
            date_to=date_to,
            case_number=case_number,
            meeting_id=meeting_id,
            board=board,
        )
    except ValidationError as e:
        raise HTTPException(422, detail=validation_reason(e)) from e
    try:
        schemas.check_text(q)
        return await run_in_threadpool(service.search, q, filters, k)
    except ValueError as e:
        raise HTTPException(422, detail=str(e)) from e
