"""Feedback on answers: anyone who may ask may rate; only an admin may read it back."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from starlette.concurrency import run_in_threadpool

from api import schemas
from api.http.deps import ServiceDep, require_admin, require_key
from api.service import NotFound

router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post(
    "/feedback",
    response_model=schemas.FeedbackOut,
    status_code=201,
    dependencies=[Depends(require_key)],
)
async def give_feedback(item: schemas.FeedbackIn, service: ServiceDep) -> schemas.FeedbackOut:
    """Rate one answer (👍 `up` / 👎 `down`, optional comment); stored for the quality review."""
    return await run_in_threadpool(service.give_feedback, item)


@router.patch(
    "/feedback/{feedback_id}",
    response_model=schemas.FeedbackOut,
    responses={404: {"model": schemas.ErrorResponse}},
    dependencies=[Depends(require_key)],
)
async def comment_feedback(
    feedback_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")],
    body: schemas.FeedbackComment,
    service: ServiceDep,
) -> schemas.FeedbackOut:
    """Add a comment to feedback given a moment ago (the id is the one POST returned)."""
    try:
        return await run_in_threadpool(service.comment_feedback, feedback_id, body.comment)
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from e


@router.get(
    "/feedback",
    response_model=schemas.FeedbackList,
    responses={403: {"model": schemas.ErrorResponse, "description": "Not an admin key"}},
    dependencies=[Depends(require_admin)],
)
async def list_feedback(
    service: ServiceDep, limit: Annotated[int, Query(ge=1, le=10_000)] = 500
) -> schemas.FeedbackList:
    """Stored feedback, newest first (admin key only: it holds staff questions)."""
    data = await run_in_threadpool(service.feedback, limit)
    return schemas.FeedbackList(data=data, count=len(data))
