# orgbase's container image. Build: docker build -t orgbase . (or podman build).
# Runs as the unprivileged `node` user on the official Node 20 image; the embedded database
# lives in the /var/lib/orgbase volume, or set DATABASE_URL for PostgreSQL (compose.yaml).
FROM docker.io/library/node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
# Stamped into dist/build-info.json: the start log and /_health report it (no .git in here).
ARG ORGBASE_COMMIT=unknown
ENV ORGBASE_COMMIT=$ORGBASE_COMMIT
# npm ci runs the prepare script, which bundles src/ into dist/; then the dev tools go. npm's
# download cache is a build cache, kept between builds and out of the image.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund && rm -rf src scripts

FROM docker.io/library/node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    ORGBASE_DATA_DIR=/var/lib/orgbase
COPY --from=build /app /app
RUN mkdir -p /var/lib/orgbase && chown node:node /var/lib/orgbase
USER node
VOLUME /var/lib/orgbase
EXPOSE 8000
# Readiness, through the same pooled path requests take.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/_readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is pid 1's child of nothing: SIGTERM reaches the server, which drains and exits 0.
# The CLI in the container: docker compose exec orgbase ./bin/orgbase.js <command>
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=20", "dist/main.js", "serve"]
