# shellcheck shell=bash disable=SC2034  # variables here are used by the scripts that source this file
# deploy/lib.sh: helpers shared by ./haat and deploy/infra.sh (settings, JDK choice, processes, ports).
# Source it; on its own it does nothing.

[[ -n "${HAAT_LIB_LOADED:-}" ]] && return 0
HAAT_LIB_LOADED=1

# Bash 5.2 makes '&' in ${var//pattern/replacement} stand for the match; we want it literal.
shopt -u patsub_replacement 2>/dev/null || true

# ---------------------------------------------------------------------------------------------------------
# Settings (every one can be overridden from the environment)
# ---------------------------------------------------------------------------------------------------------
HAAT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Everything a local run writes; gitignored. ./haat test runs e2e-tests' own broker with HAAT_STATE=.haat/e2e.
: "${HAAT_STATE:=$HAAT_ROOT/.haat}"
HAAT_LOGS="$HAAT_STATE/logs"
HAAT_PIDS="$HAAT_STATE/pids"

: "${HAAT_DB_HOST:=127.0.0.1}"
: "${HAAT_DB_PORT:=5432}"
: "${HAAT_DB_USER:=postgres}"
: "${HAAT_DB_PASSWORD:=}"
: "${HAAT_KAFKA_PORT:=9092}"
: "${HAAT_KAFKA_CONTROLLER_PORT:=9093}"
# The broker's heap: 256 MB holds a local broker's live set with room (issue 15's memory row, docs/operations.md).
: "${HAAT_KAFKA_OPTS:=-Xms128m -Xmx256m -XX:+UseSerialGC}"
export HAAT_DB_HOST HAAT_DB_PORT HAAT_DB_USER HAAT_DB_PASSWORD HAAT_KAFKA_PORT HAAT_KAFKA_CONTROLLER_PORT

# The databases of the five services (one each), with HAAT_DB_SUFFIX appended (empty by default), so two checkouts
# can run their suites on one PostgreSQL without sharing data (as HAAT_TEST_DB_SUFFIX does for the tests).
: "${HAAT_DB_SUFFIX:=}"
HAAT_DATABASES=(haat_auth$HAAT_DB_SUFFIX haat_catalogue$HAAT_DB_SUFFIX haat_inventory$HAAT_DB_SUFFIX haat_order$HAAT_DB_SUFFIX haat_gateway$HAAT_DB_SUFFIX)

# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then _b=$'\e[1m' _r=$'\e[31m' _y=$'\e[33m' _g=$'\e[32m' _0=$'\e[0m'; else _b='' _r='' _y='' _g='' _0=''; fi

info() { printf '%s\n' "${_b}haat${_0}: $*"; }
ok()   { printf '%s\n' "${_b}haat${_0}: ${_g}$*${_0}"; }
warn() { printf '%s\n' "${_b}haat${_0}: ${_y}warning:${_0} $*" >&2; }
die()  { printf '%s\n' "${_b}haat${_0}: ${_r}error:${_0} $*" >&2; exit 1; }

# show_log_tail FILE [LINES]: the end of a log, indented, to stderr.
show_log_tail() {
    local file=$1 lines=${2:-40}
    if [[ -s $file ]]; then
        printf '%s\n' "---- last $lines lines of $file ----" >&2
        tail -n "$lines" "$file" | sed 's/^/    /' >&2
        printf '%s\n' "----" >&2
    else
        printf '%s\n' "(no output in $file)" >&2
    fi
}

# Seconds since START (an $EPOCHREALTIME value), with one decimal.
elapsed_since() { awk -v s="$1" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.1f", e - s }'; }

# ---------------------------------------------------------------------------------------------------------
# JDK: JAVA_HOME if it is 21 or newer, else the first /usr/lib/jvm/* that is, else java on the PATH.
# ---------------------------------------------------------------------------------------------------------

# java_major JAVA_BINARY: prints the feature version (17, 21, 25, ...) or fails.
java_major() {
    local out line version
    [[ -x $1 ]] || return 1
    out=$("$1" -version 2>&1) || return 1
    line=$(grep -m1 ' version "' <<<"$out") || return 1
    version=${line#*\"}
    version=${version%%\"*}
    [[ $version == 1.* ]] && version=${version#1.}   # 1.8.0_402 -> 8
    version=${version%%[!0-9]*}
    [[ -n $version ]] || return 1
    printf '%s\n' "$version"
}

haat_select_jdk() {
    local candidate major dir
    if [[ -n "${JAVA_HOME:-}" ]] && major=$(java_major "$JAVA_HOME/bin/java") && ((major >= 21)); then
        candidate=$JAVA_HOME
    else
        candidate=''
        for dir in /usr/lib/jvm/*; do
            if major=$(java_major "$dir/bin/java") && ((major >= 21)); then
                candidate=$dir
                break
            fi
        done
        if [[ -z $candidate ]] && command -v java >/dev/null; then
            local java_bin
            java_bin=$(readlink -f "$(command -v java)")
            if major=$(java_major "$java_bin") && ((major >= 21)); then
                candidate=$(dirname "$(dirname "$java_bin")")
            fi
        fi
        [[ -n $candidate ]] || die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm/*, PATH).
       Install one (e.g. apt-get install -y openjdk-21-jdk-headless) or point JAVA_HOME at it."
    fi
    JAVA_HOME=$candidate
    PATH="$JAVA_HOME/bin:$PATH"
    HAAT_JAVA_MAJOR=$major
    export JAVA_HOME PATH
}

# jdk_quiet_opts: JVM options that only silence noise of newer JDKs. From JDK 24 on, Kafka's and Netty's use
# of sun.misc.Unsafe prints "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called";
# the option exists since JDK 23 (and is unknown to 21, so it must not be passed there).
jdk_quiet_opts() {
    if ((${HAAT_JAVA_MAJOR:-0} >= 23)); then printf '%s\n' --sun-misc-unsafe-memory-access=allow; fi
}

# jdk_memory_opts: every service and the broker give the C heap's freed memory back to the system every
# HAAT_TRIM_NATIVE_HEAP_MS (10000; 0 never). glibc kept C heap after it was freed (the JIT's
# arenas among it): 13 to 37 MiB a process after `./haat bench all`, 162 MiB of the suite's 2,525 (docs/operations.md,
# "Memory"). Passed from JDK 23 on, where it is a product option: in JDK 21 and 22 it became one only in an update
# (before it the option is experimental and the JVM refuses to start with it).
jdk_memory_opts() {
    if ((${HAAT_JAVA_MAJOR:-0} >= 23)); then printf '%s\n' "-XX:TrimNativeHeapInterval=${HAAT_TRIM_NATIVE_HEAP_MS:-10000}"; fi
}

# ---------------------------------------------------------------------------------------------------------
# Ports and processes
# ---------------------------------------------------------------------------------------------------------

# port_open HOST PORT: true if something accepts TCP connections there.
port_open() {
    # shellcheck disable=SC2016  # $0 and $1 are expanded by the inner bash
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# wait_for_port HOST PORT SECONDS [PID]: true once the port answers; false on timeout or when PID dies.
wait_for_port() {
    local host=$1 port=$2 deadline=$((SECONDS + $3)) pid=${4:-}
    until port_open "$host" "$port"; do
        if [[ -n $pid ]] && ! proc_alive "$pid"; then return 1; fi
        ((SECONDS < deadline)) || return 1
        sleep 0.25
    done
}

# proc_alive PID: the process exists and is not a zombie.
proc_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

# live_pid NAME PATTERN: prints the pid from .haat/pids/NAME.pid if that process is alive and its command
# line contains PATTERN (so a recycled pid is not mistaken for ours). Fails otherwise.
live_pid() {
    local file="$HAAT_PIDS/$1.pid" pid
    [[ -f $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    proc_alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
    printf '%s\n' "$pid"
}

# rss_mib PID: resident memory in MiB (VmRSS), or '-'.
rss_mib() {
    local kb
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null)
    if [[ -n $kb ]]; then printf '%d\n' $(((kb + 512) / 1024)); else printf -- '-\n'; fi
}

# stat_cpu_ticks STAT-FILE...: "PID TICKS" (user + system CPU so far, in clock ticks) for each process or thread whose
# /proc stat file is given; one that ended meanwhile (a closing connection's backend, a JIT compiler thread the JVM
# let go) is left out. A name may hold spaces and parentheses ("C2 CompilerThread0"): fields are read after its last ")".
stat_cpu_ticks() {
    (($#)) || return 0
    { cat "$@" 2>/dev/null || true; } | awk '{ pid = $1; sub(/^.*\) /, ""); print pid, $12 + $13 }'
}

# ticks_seconds: the TICKS of stat_cpu_ticks' lines on stdin, summed, in seconds (0.0 for none).
ticks_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ t += $2 } END { printf "%.1f\n", t / tck }'; }

# cpu_seconds PID: the CPU time (user + system) the process has used so far, in seconds, or - when it is gone.
cpu_seconds() {
    local ticks
    ticks=$(stat_cpu_ticks "/proc/$1/stat")
    if [[ -n $ticks ]]; then ticks_seconds <<<"$ticks"; else printf -- '-\n'; fi
}

# jit_cpu_seconds PID: the CPU time the JVM's JIT compiler threads (C1 and C2) have used so far, in seconds.
jit_cpu_seconds() {
    local task name
    local -a stats=()
    for task in /proc/"$1"/task/*; do
        read -r name 2>/dev/null <"$task/comm" || continue
        if [[ $name == *CompilerThre* ]]; then stats+=("$task/stat"); fi
    done
    stat_cpu_ticks "${stats[@]}" | ticks_seconds
}

# stop_pids SECONDS PID...: SIGTERM to all at once, wait up to SECONDS for all of them, SIGKILL the rest.
stop_pids() {
    local grace=$1 pid deadline alive
    shift
    (($#)) || return 0
    kill -TERM "$@" 2>/dev/null || true
    deadline=$((SECONDS + grace))
    while :; do
        alive=()
        for pid in "$@"; do proc_alive "$pid" && alive+=("$pid"); done
        ((${#alive[@]})) || return 0
        ((SECONDS < deadline)) || break
        sleep 0.25
    done
    warn "still running after ${grace}s, sending SIGKILL to pid ${alive[*]}"
    kill -KILL "${alive[@]}" 2>/dev/null || true
    sleep 0.5
}

# rotate_log FILE: keeps the previous run's log as FILE.1.
rotate_log() {
    if [[ -s $1 ]]; then mv -f "$1" "$1.1"; fi
}

# ---------------------------------------------------------------------------------------------------------
# A lock so that two haat commands do not start the same broker or service twice.
# ---------------------------------------------------------------------------------------------------------
haat_lock() {
    mkdir -p "$HAAT_STATE"
    command -v flock >/dev/null || return 0
    exec 9>"$HAAT_STATE/.lock"
    flock -w 300 9 || die "another ./haat command holds $HAAT_STATE/.lock for more than 5 minutes"
}
haat_unlock() {
    command -v flock >/dev/null || return 0
    { flock -u 9 && exec 9>&-; } 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------------
# Status table
# ---------------------------------------------------------------------------------------------------------
status_header() {
    printf '%-22s %-9s %-8s %-6s %-9s %s\n' COMPONENT STATE PID PORT RSS_MiB READY
}
# status_row NAME STATE PID PORT RSS READY
status_row() {
    printf '%-22s %-9s %-8s %-6s %-9s %s\n' "$@"
}
