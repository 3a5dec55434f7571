"""What needs more than one document: canonical actors across reports."""
