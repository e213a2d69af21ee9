# shellcheck shell=bash
#
# Throwaway backing services for tests and the local cluster: PostgreSQL,
# Redis, Azurite and the nginx CDN edge, each private to one state directory
# and bound to 127.0.0.1 on a free port. This file is a library: source it,
# don't run it.
#
#   source deploy/scripts/services.sh
#   services_install                      # apt/npm installs of what is missing
#   STATE=$(mktemp -d)
#   services_start_postgres "$STATE"      # exports SPOTIFY_POSTGRES
#   services_start_redis "$STATE"         # exports SPOTIFY_REDIS
#   services_start_azurite "$STATE"       # exports SPOTIFY_BLOBS
#   services_start_nginx "$STATE" SECRET 127.0.0.1:5080   # exports SPOTIFY_EDGE
#   ...
#   services_stop "$STATE"                # stops whatever was started there
#
# Works under `set -euo pipefail`. Every function returns non-zero on failure
# (after printing why, and the service's log tail) instead of exiting.
# Needs only bash, coreutils, util-linux (runuser) and the packages that
# services_install installs; no python, no ss, no systemd.

_SVC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
_SVC_TOOLS="$_SVC_ROOT/deploy/tools"
_SVC_AZURITE="$_SVC_TOOLS/node_modules/.bin/azurite"
# Ports handed out by this shell, so one run never hands out the same port twice.
_SVC_PORTS_TAKEN=" "

# Well-known Azurite development account (public, documented by Microsoft).
SVC_AZURITE_ACCOUNT="devstoreaccount1"
SVC_AZURITE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

_svc_log() { echo "[services] $*" >&2; }

# _svc_fail MESSAGE [LOGFILE]: print the message and the log's tail; return 1.
_svc_fail() {
    _svc_log "ERROR: $1"
    if [ -n "${2:-}" ] && [ -f "$2" ]; then
        echo "----- last lines of $2 -----" >&2
        tail -n 40 "$2" >&2 || true
        echo "-----" >&2
    fi
    return 1
}

_svc_abs() { (cd "$1" && pwd); }

# Directory holding initdb/pg_ctl/postgres of the newest installed PostgreSQL.
_svc_pg_bindir() {
    local d best=""
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] || continue
        if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n 1)" = "$d" ]; then
            best=$d
        fi
    done
    if [ -z "$best" ] && command -v initdb >/dev/null 2>&1; then
        best=$(dirname "$(readlink -f "$(command -v initdb)")")
    fi
    [ -n "$best" ] || return 1
    echo "$best"
}

# True if something accepts TCP connections on 127.0.0.1:PORT.
_svc_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True if process PID itself listens on TCP 127.0.0.1:PORT (so a readiness
# probe can't be fooled by some other process that holds the port).
_svc_pid_listens() {
    local pid=$1 port=$2 hex ino fds
    [ -r /proc/net/tcp ] || { _svc_port_open "$port"; return; }
    hex=$(printf '%04X' "$port")
    fds=$(ls -l "/proc/$pid/fd" 2>/dev/null || true)
    [ -n "$fds" ] || return 1
    for ino in $(awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null); do
        case "$fds" in *"socket:[$ino]"*) return 0 ;; esac
    done
    return 1
}

# True if PID is a live (non-zombie) process.
_svc_alive() {
    local pid=$1 state
    [ -n "$pid" ] && [ -e "/proc/$pid" ] || return 1
    state=$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$pid/stat" 2>/dev/null || true)
    [ -n "$state" ] && [ "$state" != Z ]
}

# True if PID is alive and its command line contains PATTERN (guards against pid reuse).
_svc_pid_is() {
    _svc_alive "$1" || return 1
    tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# _svc_kill PID: TERM, wait up to 5 s, then KILL; waits until it is gone.
_svc_kill() {
    local pid=$1 i
    _svc_alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do
        _svc_alive "$pid" || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do
        _svc_alive "$pid" || return 0
        sleep 0.1
    done
    _svc_log "WARNING: process $pid did not go away"
}

# _svc_free_port VAR: sets VAR to a free loopback TCP port (not printed, so
# that the "handed out" list survives: no command substitution). Random in 20000..(start of the kernel's
# ephemeral range - 1), i.e. 20000-32767 on a default Linux, so that outgoing
# connections can't grab it before the service binds; never one this shell
# handed out before, never one that something listens on now.
_svc_free_port() {
    local __var=$1 lo=20000 hi=60000 eph_lo _eph_hi p i
    if [ -r /proc/sys/net/ipv4/ip_local_port_range ]; then
        read -r eph_lo _eph_hi </proc/sys/net/ipv4/ip_local_port_range || true
        if [ -n "${eph_lo:-}" ] && [ "$eph_lo" -gt $((lo + 2000)) ] 2>/dev/null; then
            hi=$((eph_lo - 1))
        fi
    fi
    for i in $(seq 1 200); do
        p=$((((RANDOM << 15) | RANDOM) % (hi - lo + 1) + lo))
        case "$_SVC_PORTS_TAKEN" in *" $p "*) continue ;; esac
        if _svc_port_open "$p"; then continue; fi
        if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hltn "sport = :$p" 2>/dev/null || true)" ]; then
            continue
        fi
        _SVC_PORTS_TAKEN="$_SVC_PORTS_TAKEN$p "
        printf -v "$__var" '%s' "$p"
        return 0
    done
    _svc_fail "no free TCP port found in $lo-$hi"
}

# The nginx binary: Debian's, or whichever is on PATH.
_svc_nginx_bin() {
    if [ -x /usr/sbin/nginx ]; then
        echo /usr/sbin/nginx
    else
        command -v nginx
    fi
}

# Every directory from / down to DIR must be searchable by the postgres user.
_svc_make_traversable_for_postgres() {
    local dir=$1 path="" part
    local -a parts
    IFS=/ read -r -a parts <<<"${dir#/}"
    for part in "" "${parts[@]}"; do
        [ -n "$part" ] && path="$path/$part"
        local d=${path:-/}
        if ! runuser -u postgres -- test -x "$d" 2>/dev/null; then
            # The state dir itself (mktemp -d makes it 0700) is ours: no need to say so.
            [ "$d" = "$dir" ] || _svc_log "chmod o+x $d (so the postgres user can reach the state dir)"
            chmod o+x "$d" || true
            runuser -u postgres -- test -x "$d" 2>/dev/null ||
                _svc_fail "the postgres OS user cannot traverse $d; put the state dir somewhere it can (e.g. under /tmp)" ||
                return 1
        fi
    done
}

# Runs a command as the postgres OS user with a neutral locale and cwd.
_svc_as_postgres() { (cd / && runuser -u postgres -- env LC_ALL=C LANG=C "$@"); }

###############################################################################
# services_install
###############################################################################
services_install() {
    local -a missing=()
    _svc_pg_bindir >/dev/null 2>&1 || missing+=(postgresql)
    { command -v redis-server && command -v redis-cli; } >/dev/null 2>&1 || missing+=(redis-server)
    command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
    _svc_nginx_bin >/dev/null 2>&1 || missing+=(nginx)
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
    command -v curl >/dev/null 2>&1 || missing+=(curl ca-certificates)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)

    if [ "${#missing[@]}" -gt 0 ]; then
        local log policy_created=0 rc=0
        log=$(mktemp)
        _svc_log "installing with apt-get: ${missing[*]}"
        # Keep package maintainer scripts from starting the distro's own
        # postgres/redis (we never use them; there is no systemd anyway).
        if [ ! -e /usr/sbin/policy-rc.d ]; then
            printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && policy_created=1
        fi
        {
            DEBIAN_FRONTEND=noninteractive apt-get update -q &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
        } >"$log" 2>&1 || rc=$?
        [ "$policy_created" = 1 ] && rm -f /usr/sbin/policy-rc.d
        if [ "$rc" != 0 ]; then
            _svc_fail "apt-get install ${missing[*]} failed (exit $rc)" "$log" || true
            rm -f "$log"
            return 1
        fi
        rm -f "$log"
        _svc_pg_bindir >/dev/null 2>&1 || { _svc_fail "PostgreSQL installed but no initdb found under /usr/lib/postgresql"; return 1; }
    fi

    if [ ! -x "$_SVC_AZURITE" ]; then
        local log
        log=$(mktemp)
        _svc_log "installing azurite: npm ci in deploy/tools"
        if ! (cd "$_SVC_TOOLS" && npm ci --include=dev --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
            _svc_fail "npm ci in $_SVC_TOOLS failed" "$log" || true
            rm -f "$log"
            return 1
        fi
        rm -f "$log"
        [ -x "$_SVC_AZURITE" ] || { _svc_fail "npm ci did not produce $_SVC_AZURITE"; return 1; }
    fi
}

###############################################################################
# services_start_postgres STATE_DIR
#   data dir STATE_DIR/postgres/data, log STATE_DIR/postgres/postgres.log,
#   port in STATE_DIR/postgres.port; exports SPOTIFY_POSTGRES.
###############################################################################
services_start_postgres() {
    local state bindir
    [ -d "${1:-}" ] || { _svc_fail "services_start_postgres: state dir '${1:-}' does not exist"; return 1; }
    state=$(_svc_abs "$1")
    bindir=$(_svc_pg_bindir) || { _svc_fail "PostgreSQL is not installed (run services_install)"; return 1; }
    id postgres >/dev/null 2>&1 || { _svc_fail "no 'postgres' OS user (is the postgresql package installed?)"; return 1; }
    _svc_make_traversable_for_postgres "$state" || return 1

    local pgdir="$state/postgres"
    local data="$pgdir/data" log="$pgdir/postgres.log" sock="$pgdir"
    mkdir -p "$pgdir"
    chown postgres: "$pgdir"
    chmod 700 "$pgdir"
    # A unix socket path must fit in 107 bytes; fall back to a short dir.
    if [ "${#sock}" -gt 80 ]; then
        sock=$(mktemp -d /tmp/pgsock.XXXXXX)
        chown postgres: "$sock"
        echo "$sock" >"$state/postgres.sockdir"
    fi

    if [ ! -s "$data/PG_VERSION" ]; then
        if ! _svc_as_postgres "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
            >"$pgdir/initdb.log" 2>&1; then
            _svc_fail "initdb failed" "$pgdir/initdb.log"
            return 1
        fi
        local esc_sock=${sock//\'/\'\'}
        cat >>"$data/postgresql.conf" <<EOF

# --- spotify-orleans test settings (deploy/scripts/services.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$esc_sock'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
logging_collector = off
log_min_messages = warning
EOF
        cat >"$data/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
EOF
        chown postgres: "$data/postgresql.conf" "$data/pg_hba.conf"
    fi

    local attempt port
    for attempt in 1 2 3; do
        _svc_free_port port || return 1
        if _svc_as_postgres "$bindir/pg_ctl" -D "$data" -l "$log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
            # pg_ctl -w already waited for "ready"; double-check over TCP.
            local i ok=0 pmpid
            pmpid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            for i in $(seq 1 50); do
                if _svc_pid_listens "$pmpid" "$port" &&
                    { [ ! -x "$bindir/pg_isready" ] ||
                        "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 2; }; then
                    ok=1
                    break
                fi
                sleep 0.1
            done
            if [ "$ok" = 1 ]; then
                echo "$port" >"$state/postgres.port"
                export SPOTIFY_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
                _svc_log "postgres ready on 127.0.0.1:$port"
                return 0
            fi
        fi
        # Not up: make sure nothing half-started lingers, then maybe retry
        # with another port (someone may have grabbed ours meanwhile).
        _svc_as_postgres "$bindir/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        if [ "$attempt" -lt 3 ] && grep -qiE 'could not (bind|create listen)|address already in use' "$log" 2>/dev/null; then
            _svc_log "postgres: port $port taken, retrying with another"
            continue
        fi
        break
    done
    _svc_fail "postgres did not start" "$log"
}

###############################################################################
# services_start_redis STATE_DIR
#   STATE_DIR/redis.{pid,log,port}, working dir STATE_DIR/redis;
#   exports SPOTIFY_REDIS.
###############################################################################
services_start_redis() {
    local state
    [ -d "${1:-}" ] || { _svc_fail "services_start_redis: state dir '${1:-}' does not exist"; return 1; }
    state=$(_svc_abs "$1")
    command -v redis-server >/dev/null 2>&1 || { _svc_fail "redis-server is not installed (run services_install)"; return 1; }
    local rdir="$state/redis" log="$state/redis.log" pidfile="$state/redis.pid"
    mkdir -p "$rdir"

    local attempt port i pid
    for attempt in 1 2 3; do
        _svc_free_port port || return 1
        echo "$port" >"$state/redis.port"
        : >"$log"
        rm -f "$pidfile"
        if ! redis-server --port "$port" --bind 127.0.0.1 --daemonize yes \
            --pidfile "$pidfile" --logfile "$log" --dir "$rdir" \
            --save '' --appendonly no --loglevel warning </dev/null >>"$log" 2>&1; then
            break
        fi
        for i in $(seq 1 150); do
            pid=$(cat "$pidfile" 2>/dev/null || true)
            if [ -n "$pid" ] && _svc_pid_listens "$pid" "$port" &&
                [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)" = PONG ]; then
                export SPOTIFY_REDIS="127.0.0.1:$port"
                _svc_log "redis ready on 127.0.0.1:$port"
                return 0
            fi
            # Daemon wrote its pid and then died: give up on this attempt.
            if [ -n "$pid" ] && ! _svc_alive "$pid"; then break; fi
            sleep 0.1
        done
        pid=$(cat "$pidfile" 2>/dev/null || true)
        if [ -n "$pid" ] && _svc_pid_is "$pid" redis-server; then _svc_kill "$pid"; fi
        if [ "$attempt" -lt 3 ] && grep -qiE 'address already in use|could not create server tcp' "$log" 2>/dev/null; then
            _svc_log "redis: port $port taken, retrying with another"
            continue
        fi
        break
    done
    rm -f "$state/redis.port"
    _svc_fail "redis did not start" "$log"
}

###############################################################################
# services_start_azurite STATE_DIR
#   data STATE_DIR/azurite, STATE_DIR/azurite.{pid,log,ports};
#   exports SPOTIFY_BLOBS (full connection string with blob/queue/table endpoints).
###############################################################################
services_start_azurite() {
    local state
    [ -d "${1:-}" ] || { _svc_fail "services_start_azurite: state dir '${1:-}' does not exist"; return 1; }
    state=$(_svc_abs "$1")
    [ -x "$_SVC_AZURITE" ] || { _svc_fail "azurite not installed at $_SVC_AZURITE (run services_install)"; return 1; }
    local log="$state/azurite.log"
    mkdir -p "$state/azurite"

    local attempt bp qp tp pid i
    for attempt in 1 2 3; do
        _svc_free_port bp && _svc_free_port qp && _svc_free_port tp || return 1
        "$_SVC_AZURITE" --silent --skipApiVersionCheck --loose --location "$state/azurite" \
            --blobHost 127.0.0.1 --blobPort "$bp" \
            --queueHost 127.0.0.1 --queuePort "$qp" \
            --tableHost 127.0.0.1 --tablePort "$tp" \
            </dev/null >"$log" 2>&1 &
        pid=$!
        disown "$pid" 2>/dev/null || true
        echo "$pid" >"$state/azurite.pid"
        echo "$bp $qp $tp" >"$state/azurite.ports"
        for i in $(seq 1 600); do
            _svc_alive "$pid" || break
            if _svc_pid_listens "$pid" "$bp" && _svc_pid_listens "$pid" "$qp" && _svc_pid_listens "$pid" "$tp"; then
                local base="http://127.0.0.1"
                export SPOTIFY_BLOBS="DefaultEndpointsProtocol=http;AccountName=$SVC_AZURITE_ACCOUNT;AccountKey=$SVC_AZURITE_KEY;BlobEndpoint=$base:$bp/$SVC_AZURITE_ACCOUNT;QueueEndpoint=$base:$qp/$SVC_AZURITE_ACCOUNT;TableEndpoint=$base:$tp/$SVC_AZURITE_ACCOUNT;"
                _svc_log "azurite ready on 127.0.0.1 blob:$bp queue:$qp table:$tp"
                return 0
            fi
            sleep 0.1
        done
        _svc_kill "$pid"
        if [ "$attempt" -lt 3 ] && grep -qiE 'EADDRINUSE' "$log" 2>/dev/null; then
            _svc_log "azurite: a port was taken, retrying with others"
            continue
        fi
        break
    done
    _svc_fail "azurite did not start within 60 s" "$log"
}

###############################################################################
# services_start_nginx STATE_DIR SECRET UPSTREAM...
#   The CDN edge of deploy/nginx/edge.conf.template in front of the gateways
#   at UPSTREAM (host:port, one or more), checking media links signed with
#   SECRET (the gateways' Spotify:Media:Signing:Secret). Config, cache, temp
#   dirs, pid and logs in STATE_DIR/nginx, port in STATE_DIR/nginx.port;
#   exports SPOTIFY_EDGE (http://127.0.0.1:PORT).
###############################################################################
services_start_nginx() {
    local state secret=${2:-}
    [ "$#" -ge 3 ] || { _svc_fail "services_start_nginx: give the state dir, the secret and at least one upstream host:port"; return 1; }
    [ -d "$1" ] || { _svc_fail "services_start_nginx: state dir '$1' does not exist"; return 1; }
    state=$(_svc_abs "$1")
    shift 2
    # The secret goes into an nginx string as is: keep to characters that mean nothing there.
    [[ $secret =~ ^[A-Za-z0-9._~+/=-]{32,}$ ]] ||
        { _svc_fail "services_start_nginx: the secret must be at least 32 characters of letters, digits and -_.~+/="; return 1; }
    local bin
    bin=$(_svc_nginx_bin) || { _svc_fail "nginx is not installed (run services_install)"; return 1; }

    local ndir="$state/nginx" upstream servers=""
    local conf="$ndir/edge.conf" log="$ndir/error.log" template="$_SVC_ROOT/deploy/nginx/edge.conf.template"
    mkdir -p "$ndir/cache" "$ndir/temp"
    for upstream in "$@"; do servers="${servers}server $upstream; "; done

    local attempt port pid i text
    for attempt in 1 2 3; do
        _svc_free_port port || return 1
        text=$(<"$template")
        text=${text//'${EDGE_USER}'/"$(id -un)"}
        text=${text//'${EDGE_PID}'/"$ndir/nginx.pid"}
        text=${text//'${EDGE_ERROR_LOG}'/"$log"}
        text=${text//'${EDGE_ACCESS_LOG}'/"$ndir/access.log"}
        text=${text//'${EDGE_LISTEN}'/"127.0.0.1:$port"}
        text=${text//'${EDGE_UPSTREAM_SERVERS}'/"$servers"}
        text=${text//'${EDGE_SECRET}'/"$secret"}
        text=${text//'${EDGE_CACHE_DIR}'/"$ndir/cache"}
        text=${text//'${EDGE_CACHE_MAX_SIZE}'/1g}
        text=${text//'${EDGE_TEMP_DIR}'/"$ndir/temp"}
        case "$text" in *'${EDGE_'*) _svc_fail "edge.conf.template has a placeholder services_start_nginx does not fill"; return 1 ;; esac
        printf '%s\n' "$text" >"$conf"
        : >"$log"
        "$bin" -p "$ndir" -c "$conf" -e "$log" -g 'daemon off;' </dev/null >>"$log" 2>&1 &
        pid=$!
        disown "$pid" 2>/dev/null || true
        echo "$pid" >"$state/nginx.pid"
        for i in $(seq 1 100); do
            _svc_alive "$pid" || break
            if _svc_pid_listens "$pid" "$port"; then
                echo "$port" >"$state/nginx.port"
                export SPOTIFY_EDGE="http://127.0.0.1:$port"
                _svc_log "nginx edge ready on 127.0.0.1:$port"
                return 0
            fi
            sleep 0.1
        done
        _svc_kill "$pid"
        if [ "$attempt" -lt 3 ] && grep -qiE 'address already in use' "$log" 2>/dev/null; then
            _svc_log "nginx: port $port taken, retrying with another"
            continue
        fi
        break
    done
    rm -f "$state/nginx.pid"
    _svc_fail "nginx did not start" "$log"
}

###############################################################################
# services_stop STATE_DIR: stops whatever of the four was started there.
# Quiet on success; tolerant of missing/partial state; never fails.
###############################################################################
services_stop() {
    local state=${1:-}
    [ -n "$state" ] && [ -d "$state" ] || return 0
    state=$(_svc_abs "$state")
    local pid

    # nginx (TERM: the master stops its workers before it exits)
    pid=$(cat "$state/nginx.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && _svc_pid_is "$pid" nginx; then
        _svc_kill "$pid"
    fi
    rm -f "$state/nginx.pid"

    # Azurite
    pid=$(cat "$state/azurite.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && _svc_pid_is "$pid" azurite; then
        # It closes its servers on TERM but the node process may linger: _svc_kill escalates.
        _svc_kill "$pid"
    fi
    rm -f "$state/azurite.pid"

    # Redis
    pid=$(cat "$state/redis.pid" 2>/dev/null || true)
    local rport
    rport=$(cat "$state/redis.port" 2>/dev/null || true)
    if [ -n "$pid" ] && _svc_pid_is "$pid" redis-server; then
        if [ -n "$rport" ] && command -v redis-cli >/dev/null 2>&1; then
            timeout 5 redis-cli -h 127.0.0.1 -p "$rport" shutdown nosave >/dev/null 2>&1 || true
        fi
        local i
        for i in $(seq 1 30); do
            _svc_alive "$pid" || break
            sleep 0.1
        done
        _svc_kill "$pid"
    fi
    rm -f "$state/redis.pid"

    # PostgreSQL
    local data="$state/postgres/data"
    if [ -f "$data/postmaster.pid" ]; then
        local bindir
        bindir=$(_svc_pg_bindir 2>/dev/null || true)
        pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
        if [ -n "$bindir" ]; then
            _svc_as_postgres "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
                _svc_as_postgres "$bindir/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        fi
        if [ -n "$pid" ] && _svc_pid_is "$pid" postgres; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    # Any backend left over (e.g. after a KILL of the postmaster) for this data dir.
    if [ -d "$data" ] && command -v pgrep >/dev/null 2>&1; then
        local p
        for p in $(pgrep -u postgres -f -- "-D $data" 2>/dev/null || true); do
            kill -KILL "$p" 2>/dev/null || true
        done
    fi
    local sockdir
    sockdir=$(cat "$state/postgres.sockdir" 2>/dev/null || true)
    case "$sockdir" in /tmp/pgsock.*) rm -rf "$sockdir" ;; esac
    rm -f "$state/postgres.sockdir"
    return 0
}
