#!/usr/bin/env bash
# CI: the deployment files as users get them. The systemd unit passes `systemd-analyze verify`
# without a word; the image, built from the Dockerfile with podman, answers its API on the
# embedded database (in a volume) and on the machine's PostgreSQL, and exits 0 on SIGTERM.
#
# No container registry is reachable on CI machines, so the Dockerfile's FROM image is made
# here: a `debootstrap --variant=minbase bookworm` root file system with this machine's node
# (and npm) copied in and a `node` user (uid 1000) as in the official image, imported with
# `podman import` under the FROM name. It is kept between runs (about 3 minutes to make).
# runc, not crun: crun fails on these machines' rlimits and hybrid cgroups.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
for tool in podman runc debootstrap curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if ((${#missing[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" uidmap >/dev/null
fi

# Unknown keys and sandboxing options only warn (exit 0): any output fails.
verify=$(systemd-analyze verify deploy/orgbase.service 2>&1) || { echo "$verify"; exit 1; }
[ -z "$verify" ] || { echo "ci-deploy: systemd-analyze verify deploy/orgbase.service: $verify"; exit 1; }
echo "ci-deploy: deploy/orgbase.service verified"

LIMITS=(--ulimit nofile=20000:20000 --ulimit nproc=32768:32768)
podman_() { podman --runtime runc "$@"; }
BASE=$(sed -n 's/^FROM \([^ ]*\).*/\1/p' Dockerfile | head -n 1)
IMAGE=localhost/orgbase:ci
NAME=orgbase-ci-$$
PGDB=orgbase_ci_container_$$
started=$(date +%s)

cleanup() {
  podman_ rm -f "$NAME-embedded" "$NAME-postgres" >/dev/null 2>&1 || true
  podman volume rm -f "$NAME-data" >/dev/null 2>&1 || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $PGDB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if ! podman image exists "$BASE"; then
  echo "ci-deploy: making $BASE (debootstrap minbase bookworm + this machine's node $(node --version))"
  rootfs=$(mktemp -d /var/tmp/orgbase-rootfs.XXXXXX)
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/dev/null
  install -m 0755 "$(readlink -f "$(command -v node)")" "$rootfs/usr/local/bin/node"
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  mkdir -p "$rootfs/usr/local/lib/node_modules"
  cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  echo 'node:x:1000:1000::/home/node:/bin/sh' >>"$rootfs/etc/passwd"
  echo 'node:x:1000:' >>"$rootfs/etc/group"
  mkdir -p "$rootfs/home/node" && chown 1000:1000 "$rootfs/home/node"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  changes=(--change 'CMD ["node"]')
  # A machine that reaches the npm registry through an intercepting proxy trusts its CA through
  # NODE_EXTRA_CA_CERTS; the stand-in base image gets the same trust (the official one needs none).
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
    mkdir -p "$rootfs/usr/local/share/orgbase-ci"
    cp "$NODE_EXTRA_CA_CERTS" "$rootfs/usr/local/share/orgbase-ci/ca.crt"
    changes+=(--change 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/orgbase-ci/ca.crt')
  fi
  tar -C "$rootfs" -c . | podman import "${changes[@]}" - "$BASE" >/dev/null
  rm -rf "$rootfs"
fi

echo "ci-deploy: building $IMAGE from Dockerfile ($(($(date +%s) - started)) s so far)"
# The build's npm ci needs the npm registry: the host's network.
podman_ build --format docker --network host "${LIMITS[@]}" --build-arg ORGBASE_COMMIT="$(git rev-parse HEAD 2>/dev/null || echo unknown)" -t "$IMAGE" . >/tmp/orgbase-ci-deploy-build.log 2>&1 ||
  { tail -n 40 /tmp/orgbase-ci-deploy-build.log; exit 1; }

# The Dockerfile's HEALTHCHECK is run by hand below: podman's timers need systemd, absent here.
# (podman still logs that it cannot reach systemd: kept in RUNLOG, shown only on failure).
HEALTH=(--health-interval disable)
RUNLOG=/tmp/orgbase-ci-deploy-run.log
: >"$RUNLOG"

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# wait_ready URL: the server answers /_readyz within 120 s.
wait_ready() {
  for _ in $(seq 1 240); do
    curl -fsS "$1/_readyz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  return 1
}

# check CONTAINER URL: init through the container's CLI, then the API with the key it printed.
check() {
  local container=$1 url=$2 out key
  out=$(podman_ exec "$container" ./bin/orgbase.js init --email ci@example.com --organization "CI org")
  key=$(printf '%s' "$out" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).key.value))")
  curl -fsS -H "Authorization: Bearer $key" "$url/api/organizations/@current/" | grep -q '"name":"CI org"'
  curl -fsS "$url/_health" | grep -q '"version"'
  podman_ healthcheck run "$container" >/dev/null 2>>"$RUNLOG" || { echo "ci-deploy: $container: the Dockerfile's HEALTHCHECK failed"; exit 1; }
  echo "ci-deploy: $container answers: $(curl -fsS "$url/_health")"
}

port=$(free_port)
podman volume create "$NAME-data" >/dev/null
podman_ run -d "${LIMITS[@]}" "${HEALTH[@]}" --name "$NAME-embedded" -p "127.0.0.1:$port:8000" -v "$NAME-data:/var/lib/orgbase" "$IMAGE" >/dev/null 2>>"$RUNLOG" || { cat "$RUNLOG"; exit 1; }
wait_ready "http://127.0.0.1:$port" || { podman logs "$NAME-embedded" | tail -n 20; exit 1; }
check "$NAME-embedded" "http://127.0.0.1:$port"
# SIGTERM drains and exits 0.
podman_ stop -t 30 "$NAME-embedded" >/dev/null 2>>"$RUNLOG"
[ "$(podman inspect -f '{{.State.ExitCode}}' "$NAME-embedded")" = 0 ] || { echo "ci-deploy: exit code $(podman inspect -f '{{.State.ExitCode}}' "$NAME-embedded") after SIGTERM"; exit 1; }

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $PGDB" >/dev/null
port=$(free_port)
podman_ run -d "${LIMITS[@]}" "${HEALTH[@]}" --name "$NAME-postgres" --network host --read-only --tmpfs /tmp \
  -e HOST=127.0.0.1 -e PORT="$port" -e DATABASE_URL="postgres://postgres@127.0.0.1:5432/$PGDB" "$IMAGE" >/dev/null 2>>"$RUNLOG" || { cat "$RUNLOG"; exit 1; }
wait_ready "http://127.0.0.1:$port" || { podman logs "$NAME-postgres" | tail -n 20; exit 1; }
check "$NAME-postgres" "http://127.0.0.1:$port"

podman image prune -f >/dev/null 2>&1 || true
echo "ci-deploy: done in $(($(date +%s) - started)) s"
