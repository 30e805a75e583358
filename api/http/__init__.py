"""The HTTP edge: app factory, routes, dependencies, errors, OpenAI-compatible routes."""
