# Production image: gunicorn serving the site, static files collected at build time.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app/site:/app \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

WORKDIR /app

COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt

COPY . .

# collectstatic reads the settings, which need a key and an SMTP server: throwaway values.
RUN SECRET_KEY=collectstatic-only EMAIL_HOST=collectstatic-only python manage.py collectstatic --noinput --verbosity 0 \
    && useradd --system --uid 1000 --home-dir /app --shell /usr/sbin/nologin incubateur \
    && mkdir -p /app/var/media /app/var/cache \
    && chown -R incubateur /app/var

USER 1000
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(urllib.request.Request(f\"http://127.0.0.1:{os.environ['PORT']}/healthz\", headers={'Host': os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')[0], 'X-Forwarded-Proto': 'https'}), timeout=4)"]

# Migrations and the initial content run once per release: see README, « Déployer ».
CMD ["sh", "-c", "exec gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
