# DealWire: slim image, dependencies from the lock file first (cached), then the source, run as a non-root user.

# Build stage: compile the classifier with mypyc (the development dependencies and a C compiler stay here).
FROM python:3.11-slim AS compile
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "uv==0.13.9"
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-install-project
COPY README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY config ./config
RUN uv sync --frozen && uv run --frozen dealwire compile

FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/opt/dealwire

RUN pip install --no-cache-dir "uv==0.13.9"

WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY config ./config
RUN uv sync --frozen --no-dev
# Loaded only while it matches the source copied above, byte for byte (see bot/compiled.py).
COPY --from=compile /app/build/classifier /app/build/classifier

RUN useradd --create-home --uid 10001 dealwire && mkdir -p /data && chown dealwire /data
USER dealwire
WORKDIR /data
ENV PATH="/opt/dealwire/bin:$PATH" \
    DEALWIRE_DATABASE_URL=sqlite:////data/dealwire.db \
    DEALWIRE_CONFIG=/app/config/defaults.toml \
    DEALWIRE_LOG_FORMAT=json

EXPOSE 3000
CMD ["dealwire", "run"]
