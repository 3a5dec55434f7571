"""The NLP pipeline: spaCy plus sitrep's registered stages."""
