#!/usr/bin/env bash
# The project's one test command.
#
#   ./test.sh                      build the solution once, run every test project
#   ./test.sh --filter Name~Foo    extra arguments go to `dotnet test`
#
# Installs what is missing (PostgreSQL, Redis, ffmpeg, nginx, Azurite), starts private
# instances of them on free loopback ports for this run only, exports
#   SPOTIFY_POSTGRES  Npgsql connection string (tests create their own databases)
#   SPOTIFY_REDIS     StackExchange.Redis "host:port"
#   SPOTIFY_BLOBS     Azurite connection string (blob/queue/table endpoints)
#   SPOTIFY_FFMPEG    path of the ffmpeg binary
# and always stops them again. The last line printed is "N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# shellcheck source=deploy/scripts/services.sh
source deploy/scripts/services.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false MSBUILDDISABLENODEREUSE=1
SLN=Spotify.Orleans.sln

# Sums the <Counters> of all TRX files under DIR: prints "passed failed executed".
# "failed" includes results in the error/timeout/aborted states.
count_trx() {
    local dir=$1
    find "$dir" -type f -name '*.trx' -print0 2>/dev/null |
        xargs -0 -r cat |
        tr '\r\n' '  ' |
        { grep -o '<Counters [^>]*>' || true; } |
        awk '
            function attr(s, name,   m) {
                if (match(s, "[ \t]" name "=\"[0-9]+\"")) {
                    m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
                }
                return 0
            }
            {
                passed += attr($0, "passed")
                failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
                executed += attr($0, "executed")
            }
            END { printf "%d %d %d\n", passed, failed, executed }'
}

# Let the TRX counting be tested on its own: ./test.sh --count-trx DIR
if [ "${1:-}" = "--count-trx" ]; then
    read -r passed failed _ < <(count_trx "$2")
    echo "$passed passed, $failed failed"
    exit 0
fi

STATE=""
cleanup() {
    set +e
    if [ -n "$STATE" ]; then
        services_stop "$STATE"
        rm -rf "$STATE"
    fi
    # No compiler/MSBuild servers left holding the CI's output pipe.
    dotnet build-server shutdown >/dev/null 2>&1
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

services_install
STATE=$(mktemp -d "${TMPDIR:-/tmp}/spotify-test.XXXXXX")
services_start_postgres "$STATE"
services_start_redis "$STATE"
services_start_azurite "$STATE"
SPOTIFY_FFMPEG=$(command -v ffmpeg)
export SPOTIFY_POSTGRES SPOTIFY_REDIS SPOTIFY_BLOBS SPOTIFY_FFMPEG

echo "== dotnet build $SLN -c Release"
if ! dotnet build "$SLN" -c Release -nologo -v q -nodeReuse:false; then
    echo "BUILD FAILED (see the errors above)"
    echo "0 passed, 0 failed"
    exit 1
fi

echo "== dotnet test $SLN -c Release $*"
test_rc=0
dotnet test "$SLN" -c Release --no-build -nologo -v q \
    --logger "trx;LogFilePrefix=r" --logger "console;verbosity=minimal" \
    --results-directory "$STATE/results" \
    --blame-hang-timeout "${SPOTIFY_TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none \
    "$@" || test_rc=$?

read -r passed failed executed < <(count_trx "$STATE/results")
rc=0
if [ "$test_rc" -ne 0 ]; then
    echo "dotnet test exited with code $test_rc"
    rc=1
fi
if [ "$failed" -gt 0 ]; then rc=1; fi
if [ "$((passed + failed))" -eq 0 ]; then
    echo "no test ran (executed=$executed)"
    rc=1
fi
echo "$passed passed, $failed failed"
exit "$rc"
