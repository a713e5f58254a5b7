# The EJRC Helpdesk CMS as one production image: gunicorn on the production settings.
# Build: docker build -t ejrc-helpdesk-cms .   Run: see compose.yaml and docs/deployment.md.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    STATIC_ROOT=/app/static \
    PORT=8000

# pg_dump/pg_restore for `manage.py backup` and `restore`; gettext is not needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock

COPY . .
# Static files are collected at build time: every container serves the same hashed names.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v 0

RUN useradd --system --home /app ejrc && chown -R ejrc /app/static
USER ejrc

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request, os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=2)"
CMD ["gunicorn", "-c", "cms/gunicorn.conf.py", "cms.wsgi"]
