# DealWire: slim image, dependencies from the lock file first (cached), then the source, run as a non-root user.
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

RUN useradd --create-home --uid 10001 dealwire && mkdir -p /data && chown dealwire /data
USER dealwire
WORKDIR /data
ENV PATH="/opt/dealwire/bin:$PATH" \
    DEALWIRE_DATABASE_URL=sqlite:////data/dealwire.db \
    DEALWIRE_CONFIG=/app/config/defaults.toml \
    DEALWIRE_LOG_FORMAT=json

EXPOSE 3000
CMD ["dealwire", "run"]
