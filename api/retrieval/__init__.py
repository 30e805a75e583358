"""Finding the agenda points that answer a question: analysis, dense + lexical search, fusion."""
