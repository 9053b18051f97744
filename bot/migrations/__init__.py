"""Alembic migrations for the store, shipped inside the package so an installed bot can migrate."""
