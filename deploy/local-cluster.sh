#!/usr/bin/env bash
# A local Cluster-profile deployment for people without Docker, and the target of the fault and
# load tests: PostgreSQL, Redis and Azurite on loopback, three silos and a gateway.
#
#   deploy/local-cluster.sh start    prints the gateway's URL as its last line once /readyz answers
#   deploy/local-cluster.sh stop
#
# Environment:
#   SPOTIFY_LOCAL_DIR   state folder (default .local/cluster): data, logs, and silo-1.pid,
#                       silo-2.pid, silo-3.pid, gateway.pid
#   GATEWAY_PORT        the gateway's HTTP port (default 5080)
# Data and the gateways' token keys (STATE/auth) survive stop/start; delete the state folder for a fresh cluster.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/services.sh
source "$ROOT/deploy/scripts/services.sh"

STATE=${SPOTIFY_LOCAL_DIR:-$ROOT/.local/cluster}
GATEWAY_PORT=${GATEWAY_PORT:-5080}
SILOS=3
CONFIGURATION=Release
CLUSTER_ID=local
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "[local-cluster] $*" >&2; }

running_pid() {
    local pid
    pid=$(cat "$STATE/$1.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# start_host NAME DLL [ARG...]: runs a host in the background with the exported settings.
start_host() {
    local name=$1 dll=$2
    shift 2
    (cd "$(dirname "$dll")" && exec setsid dotnet "$dll" "$@" >"$STATE/$name.log" 2>&1 </dev/null) &
    echo $! >"$STATE/$name.pid"
}

wait_for_log() {
    local name=$1 pattern=$2 seconds=$3 i
    for i in $(seq 1 $((seconds * 5))); do
        grep -q "$pattern" "$STATE/$name.log" 2>/dev/null && return 0
        if [ -z "$(running_pid "$name")" ]; then
            log "$name exited; last lines of $STATE/$name.log:"
            tail -n 30 "$STATE/$name.log" >&2
            return 1
        fi
        sleep 0.2
    done
    log "$name did not start within ${seconds}s; last lines of $STATE/$name.log:"
    tail -n 30 "$STATE/$name.log" >&2
    return 1
}

stop_host() {
    local name=$1 pid i
    pid=$(running_pid "$name" || true)
    if [ -n "$pid" ]; then
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 75); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$STATE/$name.pid"
}

# The gateways' shared token keys, the operators' client secret and the media signing secret (which a
# CDN edge in front would share): made once, kept in the state folder.
load_auth_secrets() {
    local secrets="$STATE/auth"
    if [ ! -f "$secrets/signing.pem" ]; then
        mkdir -p "$secrets"
        chmod 700 "$secrets"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$secrets/signing.pem" 2>/dev/null
        openssl rand -base64 32 >"$secrets/encryption.key"
        openssl rand -hex 24 >"$secrets/admin-client-secret"
    fi
    if [ ! -f "$secrets/media-signing-secret" ]; then
        openssl rand -hex 24 >"$secrets/media-signing-secret"
    fi
    export Spotify__Auth__Issuer="http://127.0.0.1:$GATEWAY_PORT/"
    Spotify__Auth__SigningKey=$(cat "$secrets/signing.pem")
    Spotify__Auth__EncryptionKey=$(cat "$secrets/encryption.key")
    Spotify__Admin__ClientSecret=$(cat "$secrets/admin-client-secret")
    Spotify__Media__Signing__Secret=$(cat "$secrets/media-signing-secret")
    export Spotify__Auth__SigningKey Spotify__Auth__EncryptionKey Spotify__Admin__ClientSecret Spotify__Media__Signing__Secret
}

start() {
    if [ -n "$(running_pid gateway || true)" ] || [ -n "$(running_pid silo-1 || true)" ]; then
        log "already running in $STATE; run '$0 stop' first"
        return 1
    fi
    services_install
    mkdir -p "$STATE"
    STATE=$(cd "$STATE" && pwd)

    log "building the silo and the gateway ($CONFIGURATION)"
    dotnet build "$ROOT/silo/Spotify.Silo" -c "$CONFIGURATION" -nologo -v q >"$STATE/build.log" 2>&1 &&
        dotnet build "$ROOT/gateway/Spotify.Gateway" -c "$CONFIGURATION" -nologo -v q >>"$STATE/build.log" 2>&1 ||
        { log "build failed:"; tail -n 30 "$STATE/build.log" >&2; return 1; }
    local silo_dll="$ROOT/silo/Spotify.Silo/bin/$CONFIGURATION/net10.0/Spotify.Silo.dll"
    local gateway_dll="$ROOT/gateway/Spotify.Gateway/bin/$CONFIGURATION/net10.0/Spotify.Gateway.dll"

    services_start_postgres "$STATE"
    services_start_redis "$STATE"
    services_start_azurite "$STATE"

    export Spotify__Profile=Cluster
    export ConnectionStrings__Postgres="${SPOTIFY_POSTGRES/Database=postgres/Database=spotify}"
    export ConnectionStrings__Redis="$SPOTIFY_REDIS"
    export ConnectionStrings__Blobs="$SPOTIFY_BLOBS"
    export Orleans__ClusterId=$CLUSTER_ID
    export Orleans__AdvertisedIP=127.0.0.1
    {
        echo "ConnectionStrings__Postgres='$ConnectionStrings__Postgres'"
        echo "ConnectionStrings__Redis='$ConnectionStrings__Redis'"
        echo "ConnectionStrings__Blobs='$ConnectionStrings__Blobs'"
    } >"$STATE/cluster.env"
    load_auth_secrets

    log "migrating the database"
    (cd "$(dirname "$silo_dll")" && dotnet "$silo_dll" migrate) >"$STATE/migrate.log" 2>&1 ||
        { log "migration failed:"; tail -n 30 "$STATE/migrate.log" >&2; return 1; }

    local n silo_port gateway_port
    for n in $(seq 1 $SILOS); do
        _svc_free_port silo_port
        _svc_free_port gateway_port
        Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port start_host "silo-$n" "$silo_dll"
    done
    for n in $(seq 1 $SILOS); do
        wait_for_log "silo-$n" "Application started" 120
    done
    log "$SILOS silos started"

    start_host gateway "$gateway_dll" --urls "http://127.0.0.1:$GATEWAY_PORT"
    local url="http://127.0.0.1:$GATEWAY_PORT" i
    for i in $(seq 1 300); do
        if curl -fsS -o /dev/null "$url/readyz" 2>/dev/null; then
            log "gateway ready; logs and pids in $STATE; the spotify-admin client secret is in $STATE/auth/admin-client-secret; stop with: $0 stop"
            echo "$url"
            return 0
        fi
        if [ -z "$(running_pid gateway || true)" ]; then
            log "the gateway exited; last lines of $STATE/gateway.log:"
            tail -n 30 "$STATE/gateway.log" >&2
            return 1
        fi
        sleep 0.2
    done
    log "the gateway did not become ready within 60s; last lines of $STATE/gateway.log:"
    tail -n 30 "$STATE/gateway.log" >&2
    return 1
}

stop() {
    [ -d "$STATE" ] || { log "nothing to stop in $STATE"; return 0; }
    STATE=$(cd "$STATE" && pwd)
    stop_host gateway
    local n
    for n in $(seq 1 $SILOS); do
        stop_host "silo-$n"
    done
    services_stop "$STATE"
    log "stopped; data kept in $STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac
