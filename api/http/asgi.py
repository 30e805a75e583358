"""ASGI entry point for multi-worker servers: ``uvicorn api.http.asgi:app --workers 4``."""

from api.http.app import create_app

app = create_app()
