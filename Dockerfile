# The web app and the import worker: gunicorn serving Django, or `celery -A core.celery worker` (docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY core core
COPY articles articles
COPY localities localities
COPY programs programs
COPY indicators indicators
COPY ingest ingest
COPY evaluation evaluation
COPY locale locale
RUN pip install --no-cache-dir .
COPY manage.py ./
COPY seeds seeds
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "core.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
