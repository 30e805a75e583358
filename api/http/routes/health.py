"""GET /health and POST /v1/index."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool

from api import schemas
from api.http.deps import ServiceDep, SettingsDep, require_admin
from indexer.errors import ReferatError

router = APIRouter(tags=["health"])
admin_router = APIRouter(prefix="/v1", tags=["admin"])


@router.get(
    "/health",
    response_model=schemas.Health,
    responses={
        503: {
            "model": schemas.Health,
            "description": "Not ok (`degraded` or `error`, with the `problem`): a load balancer "
            "should route elsewhere until it is.",
        }
    },
)
def health(request: Request, response: Response, settings: SettingsDep) -> schemas.Health:
    """Is the index loaded, how big is it, which model serves it; 200 only when all is ok."""
    report = _health(request, settings)
    if report.status != "ok":
        response.status_code = 503
    return report


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """No icon: browsers ask for one on every page; an empty answer beats a logged 404."""
    return Response(status_code=204)


@router.head("/health", include_in_schema=False)
def health_head(request: Request, settings: SettingsDep) -> Response:
    """The status of GET /health without its body: uptime monitors and load balancers often
    probe with HEAD."""
    return Response(status_code=200 if _health(request, settings).status == "ok" else 503)


def _health(request: Request, settings: SettingsDep) -> schemas.Health:
    service = getattr(request.app.state, "service", None)
    llm = settings.llm_model if settings.llm_enabled else None

    def unavailable(problem: str, status: Literal["degraded", "error"] = "error") -> schemas.Health:
        return schemas.Health(
            status=status,
            index_loaded=False,
            meetings=0,
            points=0,
            chunks=0,
            generation=0,
            embedding_model=settings.embedding_model,
            llm=llm,
            problem=problem,
        )

    if service is None:
        return unavailable(getattr(request.app.state, "problem", None) or "not loaded")
    problem = None
    gone = service.store_problem()
    if gone:
        return unavailable(gone)
    try:
        store = service.retriever.store
        snap = service.retriever.snapshot()
        chunks = store.count()
        state = store.state()
        if chunks == 0:
            problem = "the index is empty: run `referat index`"
        elif state.get("dirty"):
            problem = (
                "an indexing run is in progress or did not finish: if none is running, "
                "re-index with `referat index`"
            )
        else:
            problem = service.retriever.problem  # a damaged BM25 copy, until it is rebuilt
    except ReferatError as e:
        # A BM25 index that cannot be rebuilt right now: search is degraded, not gone.
        return unavailable(str(e), "degraded" if service.retriever.problem else "error")
    except Exception as e:  # noqa: BLE001 - a broken store must show here, not as a 500
        return unavailable(f"the store cannot be read: {type(e).__name__}: {e}")
    return schemas.Health(
        status="degraded" if problem else "ok",
        index_loaded=chunks > 0,
        meetings=len(snap.meetings),
        points=sum(len(m.points) for m in snap.meetings.values()),
        chunks=chunks,
        generation=snap.generation,
        embedding_model=service.retriever.embedder.model_id,
        llm=llm,
        problem=problem,
    )


@admin_router.post(
    "/index", response_model=schemas.IndexResponse, dependencies=[Depends(require_admin)]
)
async def reindex(service: ServiceDep) -> schemas.IndexResponse:
    """Re-index the corpus folder without a restart (admin key); readers keep being served."""
    try:
        summary = await run_in_threadpool(service.reindex)
    except ReferatError as e:
        raise HTTPException(503, detail=str(e)) from e
    data = summary.to_dict()
    return schemas.IndexResponse(**data)
