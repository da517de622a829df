#!/usr/bin/env bash
# Builds the local "peer" Docker image used by the conformance tests (nginx,
# apache2, curl, wget, gnutls-cli, openssl) WITHOUT any image registry:
#
#   debootstrap --variant=minbase --include=<pkgs> bookworm DIR <debian mirror>
#   tar -C DIR -c . | docker import - NAME
#
# Usage: docker/build-peer-image.sh [--force] [--check] [IMAGE_NAME]
#   IMAGE_NAME   default: $PEER_IMAGE, else resync-peer:bookworm
#   --force      rebuild even if the image already exists
#   --check      only run the self-test against the existing image
#
# Idempotent: if the image exists and carries the recipe label of this script
# (sha256 of this file), it exits 0 at once. Editing this file therefore
# triggers one rebuild on the next run.
#
# The Debian mirror is the one apt on this machine uses (apt-get indextargets,
# else /etc/apt/sources.list*), falling back to deb.debian.org. The keyring
# is Debian's archive keyring. Any apt HTTP proxy is passed to debootstrap.
#
# What the image looks like (for test authors):
#   * nothing auto-starts: there is no init, /usr/sbin/policy-rc.d denies
#     service starts, the default nginx site and apache2 default vhost are
#     disabled and /etc/apache2/ports.conf has no "Listen" line. So with
#     --network host nothing ever binds 80/443 unless a test says so.
#   * nginx in the foreground:
#       nginx -c /path/nginx.conf -g 'daemon off;'
#   * apache2 in the foreground (env from /etc/apache2/envvars, run dirs made):
#       apache2-foreground [apache2 args]     e.g.
#       apache2-foreground -C 'Listen 127.0.0.1:18443' -c 'ServerName peer'
#       (or: apache2ctl -DFOREGROUND ..., or apache2-foreground -f /my/httpd.conf)
#   * run containers with --network host and listen on 127.0.0.1 only.
set -euo pipefail

PACKAGES="nginx,apache2,curl,wget,gnutls-bin,openssl,ca-certificates,procps"
SUITE="bookworm"
SCRIPT_PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

FORCE=0
CHECK_ONLY=0
IMAGE="${PEER_IMAGE:-resync-peer:bookworm}"
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    --check) CHECK_ONLY=1 ;;
    -h|--help) sed -n '2,33p' "$SCRIPT_PATH"; exit 0 ;;
    -*) echo "build-peer-image: unknown option $arg" >&2; exit 2 ;;
    *) IMAGE="$arg" ;;
  esac
done
[[ "$IMAGE" == *:* ]] || IMAGE="$IMAGE:latest"

export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH"
T0=$(date +%s)
log() { echo "[build-peer-image +$(( $(date +%s) - T0 ))s] $*"; }
die() { echo "[build-peer-image] ERROR: $*" >&2; exit 1; }

command -v docker >/dev/null || die "docker client not found"
docker info >/dev/null 2>&1 || die "docker daemon not reachable (start dockerd first, e.g. via .ci/run)"

RECIPE="$(sha256sum "$SCRIPT_PATH" | cut -c1-16)"

# ---------------------------------------------------------------- self-test
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! ss -Htln 2>/dev/null | awk '{print $4}' | grep -q ":$p\$"; then echo "$p"; return 0; fi
  done
  return 1
}

SELFTEST_CTRS=()
cleanup_containers() {
  local c
  for c in "${SELFTEST_CTRS[@]:-}"; do
    if [[ -n "$c" ]]; then docker rm -f "$c" >/dev/null 2>&1 || true; fi
  done
  SELFTEST_CTRS=()
}

wait_http() { # url expected-substring
  local out
  for _ in $(seq 1 50); do
    out=$(curl -fsS --noproxy '*' --max-time 2 "$1" 2>/dev/null || true)
    [[ "$out" == *"$2"* ]] && return 0
    sleep 0.2
  done
  return 1
}

self_test() {
  local t; t=$(date +%s)
  log "self-test of $IMAGE"
  docker run --rm --network host "$IMAGE" curl --version | head -1
  docker run --rm --network host "$IMAGE" gnutls-cli --version | head -1
  docker run --rm --network host "$IMAGE" openssl version
  docker run --rm --network host "$IMAGE" sh -c 'nginx -v 2>&1; apache2 -v | head -1; wget --version | head -1'

  local port name
  # apache2 in the foreground, default config + Listen on a free loopback port
  port=$(free_port) || die "no free port"
  name="resync-peer-selftest-apache-$$"
  SELFTEST_CTRS+=("$name")
  docker run -d --rm --network host --name "$name" "$IMAGE" sh -c \
    "echo apache-ok > /var/www/html/index.html && exec apache2-foreground \
       -C 'Listen 127.0.0.1:$port' -c 'ServerName peer' -c 'DocumentRoot /var/www/html' \
       -c 'ErrorLog /dev/stderr'" >/dev/null
  if ! wait_http "http://127.0.0.1:$port/" apache-ok; then
    docker logs "$name" 2>&1 | tail -20 >&2 || true
    die "apache2 (foreground) did not serve on 127.0.0.1:$port"
  fi
  log "apache2-foreground served on 127.0.0.1:$port"
  docker stop -t 5 "$name" >/dev/null

  # nginx in the foreground with its own config; fetched with the image's curl
  port=$(free_port) || die "no free port"
  name="resync-peer-selftest-nginx-$$"
  SELFTEST_CTRS+=("$name")
  docker run -d --rm --network host --name "$name" "$IMAGE" sh -c \
    "printf 'events {}\nhttp { server { listen 127.0.0.1:$port; location / { return 200 \"nginx-ok\\\\n\"; } } }\n' > /tmp/n.conf \
     && exec nginx -c /tmp/n.conf -g 'daemon off; pid /tmp/nginx.pid; error_log stderr;'" >/dev/null
  if ! wait_http "http://127.0.0.1:$port/" nginx-ok; then
    docker logs "$name" 2>&1 | tail -20 >&2 || true
    die "nginx (foreground) did not serve on 127.0.0.1:$port"
  fi
  docker run --rm --network host "$IMAGE" curl -fsS --noproxy '*' "http://127.0.0.1:$port/" | grep -q nginx-ok \
    || die "curl inside the image could not reach nginx on 127.0.0.1:$port"
  log "nginx served on 127.0.0.1:$port (checked with host curl and image curl)"
  docker stop -t 5 "$name" >/dev/null
  SELFTEST_CTRS=()

  # nothing must have been left listening on 80/443
  if ss -Htln 2>/dev/null | awk '{print $4}' | grep -Eq ':(80|443)$'; then
    log "WARNING: something listens on port 80/443 on this machine (not started by the self-test)"
  fi
  log "self-test passed in $(( $(date +%s) - t ))s"
}

# ---------------------------------------------------------------- fast path
if [[ "$CHECK_ONLY" == 1 ]]; then
  docker image inspect "$IMAGE" >/dev/null 2>&1 || die "image $IMAGE does not exist"
  trap cleanup_containers EXIT
  self_test
  exit 0
fi

if [[ "$FORCE" != 1 ]] && docker image inspect "$IMAGE" >/dev/null 2>&1; then
  have=$(docker image inspect -f '{{ index .Config.Labels "org.resync.peer.recipe" }}' "$IMAGE" 2>/dev/null || true)
  if [[ "$have" == "$RECIPE" ]]; then
    log "image $IMAGE already exists (recipe $RECIPE); nothing to do (use --force to rebuild)"
    exit 0
  fi
  log "image $IMAGE exists but was built from another recipe ('$have' != '$RECIPE'): rebuilding"
fi

# ---------------------------------------------------------------- mirror
find_mirror() {
  local m=""
  # 1) what apt itself resolved from its sources (deb822 and one-line formats)
  if command -v apt-get >/dev/null; then
    # shellcheck disable=SC2016  # $(SITE) etc. are apt's placeholders
    m=$(apt-get indextargets --format '$(SITE) $(RELEASE) $(TARGET_OF)' 2>/dev/null \
          | awk -v s="$SUITE" '$2 == s && $3 == "deb" {print $1; exit}')
  fi
  # 2) parse the source files directly
  if [[ -z "$m" ]]; then
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [[ -f "$f" ]] || continue
      m=$(awk -v s="$SUITE" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                               if ($(i+1) == s) { print $i; exit } }' "$f")
      [[ -n "$m" ]] && break
    done
  fi
  if [[ -z "$m" ]]; then
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
      [[ -f "$f" ]] || continue
      m=$(awk -v s="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
            { uri = ""; ok = 0; deb = 0; en = 1
              for (i = 1; i <= NF; i++) {
                if ($i ~ /^URIs:/)    { split($i, a, /[ \t]+/); uri = a[2] }
                if ($i ~ /^Suites:/)  { n = split($i, a, /[ \t]+/); for (j = 2; j <= n; j++) if (a[j] == s) ok = 1 }
                if ($i ~ /^Types:/ && $i ~ /(^|[ \t])deb([ \t]|$)/) deb = 1
                if ($i ~ /^Enabled:[ \t]*no/) en = 0 }
              if (ok && deb && en && uri != "") { print uri; exit } }' "$f")
      [[ -n "$m" ]] && break
    done
  fi
  echo "${m:-http://deb.debian.org/debian}"
}

MIRROR="$(find_mirror)"
MIRROR="${MIRROR%/}"
# debootstrap fetches with wget: hand it apt's proxy, if apt has one
if command -v apt-config >/dev/null; then
  APT_HTTP_PROXY=""
  eval "$(apt-config shell APT_HTTP_PROXY Acquire::http::Proxy 2>/dev/null || true)"
  if [[ -n "${APT_HTTP_PROXY:-}" && "${APT_HTTP_PROXY}" != "DIRECT" && -z "${http_proxy:-}" ]]; then
    export http_proxy="$APT_HTTP_PROXY"
  fi
fi

command -v debootstrap >/dev/null || die "debootstrap not installed (apt-get install debootstrap)"
KEYRING_OPT=()
[[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] && KEYRING_OPT=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)

# ---------------------------------------------------------------- build
WORK="$(mktemp -d /var/tmp/resync-peer.XXXXXX)"
ROOTFS="$WORK/rootfs"
cleanup() {
  cleanup_containers
  if [[ -d "$WORK" ]]; then
    # debootstrap may leave /proc, /sys, ... mounted in the target after a failure
    awk -v w="$WORK" 'index($2, w) == 1 {print $2}' /proc/mounts | sort -r \
      | while read -r mp; do umount -l "$mp" 2>/dev/null || true; done
    rm -rf --one-file-system "$WORK"
  fi
}
trap cleanup EXIT

log "building $IMAGE: debootstrap $SUITE from $MIRROR into $ROOTFS"
t_deb=$(date +%s)
if ! debootstrap --variant=minbase --include="$PACKAGES" "${KEYRING_OPT[@]}" \
       "$SUITE" "$ROOTFS" "$MIRROR" > "$WORK/debootstrap.log" 2>&1; then
  tail -30 "$WORK/debootstrap.log" >&2
  [[ -f "$ROOTFS/debootstrap/debootstrap.log" ]] && tail -30 "$ROOTFS/debootstrap/debootstrap.log" >&2
  die "debootstrap failed (mirror $MIRROR)"
fi
log "debootstrap done in $(( $(date +%s) - t_deb ))s"

# --- make the rootfs a quiet, test-friendly image
cat > "$ROOTFS/usr/sbin/policy-rc.d" <<'EOF'
#!/bin/sh
# resync-peer: never start services from package scripts inside the image
exit 101
EOF
chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"
rm -f "$ROOTFS/etc/nginx/sites-enabled/default" "$ROOTFS/etc/apache2/sites-enabled/000-default.conf"
cat > "$ROOTFS/etc/apache2/ports.conf" <<'EOF'
# resync-peer: no default Listen (would bind 80/443 on the host with --network host).
# Give one per run, e.g.  apache2-foreground -C 'Listen 127.0.0.1:18443'
EOF
cat > "$ROOTFS/usr/local/bin/apache2-foreground" <<'EOF'
#!/bin/sh
# Run apache2 in the foreground with Debian's environment (/etc/apache2/envvars).
# Extra arguments go to apache2, e.g. -f /my/apache2.conf or -C 'Listen 127.0.0.1:18443'.
set -e
. /etc/apache2/envvars
mkdir -p "$APACHE_RUN_DIR" "$APACHE_LOCK_DIR" "$APACHE_LOG_DIR"
chown "$APACHE_RUN_USER" "$APACHE_LOCK_DIR" 2>/dev/null || true
rm -f "$APACHE_PID_FILE"
exec /usr/sbin/apache2 -DFOREGROUND "$@"
EOF
chmod 755 "$ROOTFS/usr/local/bin/apache2-foreground"
# slim down: downloaded .debs, apt lists, docs
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* \
       "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* \
       "$ROOTFS"/debootstrap "$ROOTFS"/var/log/bootstrap.log 2>/dev/null || true
echo "resync-peer" > "$ROOTFS/etc/hostname"

OLD_ID="$(docker image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)"
t_imp=$(date +%s)
log "importing rootfs into docker as $IMAGE"
tar --numeric-owner -C "$ROOTFS" --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' -c . \
  | docker import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'ENV LANG=C.UTF-8' \
      --change 'CMD ["/bin/bash"]' \
      --change "LABEL org.resync.peer.recipe=$RECIPE" \
      --change "LABEL org.resync.peer.packages=$PACKAGES" \
      - "$IMAGE" >/dev/null
log "import done in $(( $(date +%s) - t_imp ))s"
# drop the image this one replaced (now untagged), unless something still uses it
if [[ -n "$OLD_ID" && "$OLD_ID" != "$(docker image inspect -f '{{.Id}}' "$IMAGE")" ]]; then
  if docker rmi "$OLD_ID" >/dev/null 2>&1; then log "removed previous image ${OLD_ID:7:12}"; fi
fi

# remove the rootfs before the self-test (frees disk, nothing needs it)
cleanup
trap cleanup_containers EXIT

self_test
size=$(docker image inspect -f '{{.Size}}' "$IMAGE")
log "built $IMAGE ($(( size / 1024 / 1024 )) MiB) in $(( $(date +%s) - T0 ))s total"
