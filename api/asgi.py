"""ASGI entry point for multi-worker servers: ``uvicorn api.asgi:app --workers 4``."""

from api.main import create_app

app = create_app()
