#!/usr/bin/env bash
# shellcheck disable=SC2034  # HAAT_*_STARTED_NOW are read by ./haat, which sources this file
# deploy/infra.sh: the infrastructure of a local Haat run, without Docker.
#
#   deploy/infra.sh up       PostgreSQL (reused, or Debian's cluster started) with the five databases,
#                            and a single-node Kafka 4.1 broker (KRaft) with the topics of deploy/topics.txt
#   deploy/infra.sh down     stops the broker, and PostgreSQL if this script started it
#   deploy/infra.sh status   what runs, pids, ports, memory
#
# The same as `./haat infra up|down|status`; ./haat sources this file for its functions.
# State lives in .haat/ (gitignored): .haat/kafka/{libs,data,server.properties}, .haat/logs, .haat/pids.
#
# Environment: HAAT_DB_HOST (127.0.0.1), HAAT_DB_PORT (5432), HAAT_DB_USER (postgres), HAAT_DB_PASSWORD,
#              HAAT_KAFKA_PORT (9092), HAAT_KAFKA_CONTROLLER_PORT (9093), HAAT_KAFKA_OPTS (JVM options),
#              HAAT_KAFKA_START_TIMEOUT (60: seconds for a starting broker to answer; more after a kill -9 under
#              load, when it first recovers every partition's log: FaultSuiteTest gives it 180),
#              HAAT_STATE (.haat: another directory runs a second broker, as ./haat test does for e2e-tests).

# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_POM="$HAAT_ROOT/deploy/kafka/pom.xml"
KAFKA_TEMPLATE="$HAAT_ROOT/deploy/kafka/server.properties.template"
KAFKA_LOG4J="$HAAT_ROOT/deploy/kafka/log4j2.properties"
KAFKA_TOOLS_LOG4J="$HAAT_ROOT/deploy/kafka/tools-log4j2.properties"
KAFKA_TOPICS_FILE="$HAAT_ROOT/deploy/topics.txt"
KAFKA_HOME_DIR="$HAAT_STATE/kafka"
KAFKA_LIBS="$HAAT_ROOT/.haat/kafka/libs"   # one copy of the jars, also for a broker with a HAAT_STATE of its own
KAFKA_DATA="$KAFKA_HOME_DIR/data"
KAFKA_CONF="$KAFKA_HOME_DIR/server.properties"
KAFKA_LOG="$HAAT_LOGS/kafka.log"
KAFKA_PID_PATTERN="kafka.Kafka"
PG_MARKER="$HAAT_STATE/postgres.started-by-haat"   # holds the Debian cluster version haat started

# Set to 1 by infra_up when this very invocation started the process (./haat test stops it again).
HAAT_KAFKA_STARTED_NOW=0
HAAT_PG_STARTED_NOW=0

# =========================================================================================================
# PostgreSQL
# =========================================================================================================

# pg_sql SQL: runs one statement against the postgres database, unaligned tuples only.
pg_sql() { pg_sql_in postgres "$1"; }

# pg_sql_in DATABASE SQL: the same against DATABASE.
pg_sql_in() {
    PGPASSWORD="${HAAT_DB_PASSWORD:-${PGPASSWORD:-}}" PGCONNECT_TIMEOUT=5 \
        psql -h "$HAAT_DB_HOST" -p "$HAAT_DB_PORT" -U "$HAAT_DB_USER" -d "$1" \
        -X -q -v ON_ERROR_STOP=1 -tAc "$2"
}

# pg_analyze_if_no_autovacuum: vacuums and analyzes the five databases when the server runs without autovacuum (this
# machine's PostgreSQL turns it off in conf.d/90-ci.conf, for the tests). Without it the suite's tables are never
# analyzed and their dead rows never reclaimed: the planner guesses without statistics (the gateway's duplicate check
# took 2.8 ms a message on a wrong index instead of 0.06 ms) and a benchmark measures a database no production one
# looks like (autovacuum is on by default). ./haat bench runs it before each benchmark.
pg_analyze_if_no_autovacuum() {
    local db started=$EPOCHREALTIME
    [[ $(pg_sql 'SHOW autovacuum') == off ]] || return 0
    for db in "${HAAT_DATABASES[@]}"; do
        pg_sql_in "$db" 'VACUUM (ANALYZE)' || warn "could not vacuum and analyze $db"
    done
    info "PostgreSQL runs without autovacuum here: the five databases were vacuumed and analyzed first ($(elapsed_since "$started") s)"
}

pg_is_local() {
    [[ $HAAT_DB_HOST == 127.* || $HAAT_DB_HOST == localhost || $HAAT_DB_HOST == ::1 ]]
}

# pg_start_debian_cluster: starts the first cluster under /etc/postgresql and waits for it.
pg_start_debian_cluster() {
    local version
    pg_is_local || die "nothing answers at $HAAT_DB_HOST:$HAAT_DB_PORT (HAAT_DB_HOST/HAAT_DB_PORT); start PostgreSQL there."
    if ! command -v pg_ctlcluster >/dev/null || [[ ! -d /etc/postgresql ]] \
        || ! version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | head -n 1) \
        || [[ -z $version ]]; then
        die "nothing answers at $HAAT_DB_HOST:$HAAT_DB_PORT and there is no Debian PostgreSQL cluster to start.
       Start a PostgreSQL there (trust auth for user $HAAT_DB_USER), install Debian's (apt-get install -y postgresql),
       or point HAAT_DB_HOST/HAAT_DB_PORT/HAAT_DB_USER/HAAT_DB_PASSWORD at one."
    fi
    local cluster_port cluster_status
    if read -r _ _ cluster_port cluster_status _ < <(pg_lsclusters -h "$version" main 2>/dev/null) \
        && [[ $cluster_status == online* ]]; then
        die "nothing answers at $HAAT_DB_HOST:$HAAT_DB_PORT, but Debian's cluster $version/main already runs on port $cluster_port;
       use it (HAAT_DB_PORT=$cluster_port) or start a PostgreSQL on port $HAAT_DB_PORT"
    fi
    info "PostgreSQL: nothing at $HAAT_DB_HOST:$HAAT_DB_PORT, starting Debian's cluster $version/main"
    # 9>&-: the server must not inherit (and so keep) the lock of haat_lock
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 9>&- \
        || die "pg_ctlcluster $version main start failed (see /var/log/postgresql/postgresql-$version-main.log)"
    printf '%s\n' "$version" >"$PG_MARKER"
    HAAT_PG_STARTED_NOW=1
    wait_for_port "$HAAT_DB_HOST" "$HAAT_DB_PORT" 30 \
        || die "PostgreSQL $version/main started but nothing answers at $HAAT_DB_HOST:$HAAT_DB_PORT within 30 s;
       check 'port' in /etc/postgresql/$version/main/postgresql.conf and /var/log/postgresql/postgresql-$version-main.log"
}

# pg_wait_ready SECONDS: waits until a query succeeds (a starting server accepts TCP before queries).
pg_wait_ready() {
    local deadline=$((SECONDS + $1)) err
    until err=$(pg_sql 'SELECT 1' 2>&1 >/dev/null); do
        ((SECONDS < deadline)) || die "PostgreSQL at $HAAT_DB_HOST:$HAAT_DB_PORT does not accept user $HAAT_DB_USER: $err"
        sleep 0.5
    done
}

# pg_create_databases: creates each of HAAT_DATABASES that pg_database does not list yet.
pg_create_databases() {
    local existing db created=()
    existing=$(pg_sql 'SELECT datname FROM pg_database') \
        || die "cannot list databases at $HAAT_DB_HOST:$HAAT_DB_PORT as $HAAT_DB_USER"
    for db in "${HAAT_DATABASES[@]}"; do
        grep -qxF "$db" <<<"$existing" && continue
        if ! pg_sql "CREATE DATABASE \"$db\"" >/dev/null; then
            # Someone else may have created it meanwhile; only a database still missing is an error.
            [[ $(pg_sql "SELECT 1 FROM pg_database WHERE datname = '$db'") == 1 ]] \
                || die "could not create database $db"
        fi
        created+=("$db")
    done
    if ((${#created[@]})); then
        info "PostgreSQL: created databases ${created[*]}"
    fi
}

pg_up() {
    if port_open "$HAAT_DB_HOST" "$HAAT_DB_PORT"; then
        if [[ -f $PG_MARKER ]]; then
            info "PostgreSQL: running at $HAAT_DB_HOST:$HAAT_DB_PORT (cluster $(<"$PG_MARKER")/main, started by haat)"
        else
            info "PostgreSQL: using the server at $HAAT_DB_HOST:$HAAT_DB_PORT"
        fi
    else
        rm -f "$PG_MARKER"
        pg_start_debian_cluster
    fi
    pg_wait_ready 30
    pg_create_databases
    ok "PostgreSQL: ready at $HAAT_DB_HOST:$HAAT_DB_PORT, databases ${HAAT_DATABASES[*]}"
}

pg_down() {
    local version
    if [[ -f $PG_MARKER ]]; then
        version=$(<"$PG_MARKER")
        info "PostgreSQL: stopping cluster $version/main (haat started it)"
        pg_ctlcluster --skip-systemctl-redirect "$version" main stop || warn "pg_ctlcluster $version main stop failed"
        rm -f "$PG_MARKER"
    elif port_open "$HAAT_DB_HOST" "$HAAT_DB_PORT"; then
        info "PostgreSQL: left running at $HAAT_DB_HOST:$HAAT_DB_PORT (haat did not start it)"
    fi
}

# pg_pid: the postmaster's pid, when the server is on this machine and readable by us.
pg_pid() {
    local dir pid
    dir=$(pg_sql 'SHOW data_directory' 2>/dev/null) || return 1
    [[ -r $dir/postmaster.pid ]] || return 1
    pid=$(head -n 1 "$dir/postmaster.pid")
    [[ $pid =~ ^[0-9]+$ ]] && proc_alive "$pid" && printf '%s\n' "$pid"
}

pg_status_row() {
    local state=stopped pid=- rss=- ready=no owner=''
    if port_open "$HAAT_DB_HOST" "$HAAT_DB_PORT"; then
        state=running
        if pid=$(pg_pid); then rss=$(rss_mib "$pid"); else pid=-; fi
        pg_sql 'SELECT 1' >/dev/null 2>&1 && ready=yes
        if [[ -f $PG_MARKER ]]; then owner=' (started by haat)'; else owner=' (not started by haat)'; fi
    fi
    status_row postgresql "$state" "$pid" "$HAAT_DB_PORT" "$rss" "$ready$owner"
}

# =========================================================================================================
# Kafka
# =========================================================================================================

kafka_pid() { live_pid kafka "$KAFKA_PID_PATTERN"; }

# kafka_libs [refresh]: the broker's jars in .haat/kafka/libs, fetched with Maven when missing, or (with
# "refresh") when deploy/kafka/pom.xml is newer than the last fetch.
kafka_libs() {
    local stamp="$KAFKA_LIBS/.fetched"
    if [[ -f $stamp ]]; then
        [[ ${1:-} == refresh && $KAFKA_POM -nt $stamp ]] || return 0
        info "Kafka: deploy/kafka/pom.xml changed, fetching the jars again"
    else
        info "Kafka: fetching the jars of Kafka 4.1.1 (deploy/kafka/pom.xml) into .haat/kafka/libs"
    fi
    mkdir -p "$(dirname "$KAFKA_LIBS")"
    rm -rf "$KAFKA_LIBS.tmp"
    (cd "$HAAT_ROOT" && ./mvnw -B -q -f deploy/kafka/pom.xml dependency:copy-dependencies \
        -DoutputDirectory="$KAFKA_LIBS.tmp" -DincludeScope=runtime) \
        || die "could not fetch Kafka's jars (./mvnw -f deploy/kafka/pom.xml dependency:copy-dependencies)"
    rm -rf "$KAFKA_LIBS"
    mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
    touch "$stamp"
}

# kafka_tool MAIN_CLASS|SOURCE.java ARGS...: a Kafka tool (or a source file run on its jars) in a short-lived JVM,
# logging warnings only.
kafka_tool() {
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx256m \
        -Dlog4j2.configurationFile="$KAFKA_TOOLS_LOG4J" -cp "$KAFKA_LIBS/*" "$@"
}

# kafka_render_config: .haat/kafka/server.properties from the template, with this run's ports and paths.
kafka_render_config() {
    local text
    text=$(<"$KAFKA_TEMPLATE")
    text=${text//@KAFKA_PORT@/$HAAT_KAFKA_PORT}
    text=${text//@CONTROLLER_PORT@/$HAAT_KAFKA_CONTROLLER_PORT}
    text=${text//@DATA_DIR@/$KAFKA_DATA}
    mkdir -p "$KAFKA_HOME_DIR"
    printf '%s\n' "$text" >"$KAFKA_CONF"
}

# kafka_cluster_id: the id this installation formats its storage with; made once, kept in .haat/kafka.
# (A Kafka Uuid: 16 random bytes, URL-safe base64 without padding; like Uuid.randomUuid, none starts with '-'.)
kafka_cluster_id() {
    local file="$KAFKA_HOME_DIR/cluster.id" id
    if [[ ! -s $file ]]; then
        id=-
        while [[ $id == -* ]]; do
            id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
        done
        printf '%s\n' "$id" >"$file"
    fi
    cat "$file"
}

# kafka_format: formats the KRaft storage once (when data/meta.properties is missing). With a static quorum
# (controller.quorum.voters) Kafka 4.1 wants --cluster-id only and rejects --standalone.
kafka_format() {
    [[ -f $KAFKA_DATA/meta.properties ]] && return 0
    local id out
    id=$(kafka_cluster_id)
    info "Kafka: formatting storage .haat/kafka/data (cluster id $id)"
    mkdir -p "$KAFKA_DATA"
    out=$(kafka_tool kafka.tools.StorageTool format --config "$KAFKA_CONF" --cluster-id "$id" 2>&1) \
        || die "formatting Kafka's storage failed: $out"
}

# kafka_start: the broker as its own background process; pid in .haat/pids/kafka.pid.
kafka_start() {
    local opts pid started
    # The broker's AOT cache (deploy/aot.sh) when ./haat sourced it; this script alone starts without.
    read -r -a opts <<<"$HAAT_KAFKA_OPTS $(jdk_quiet_opts) $(jdk_memory_opts) $(if declare -F kafka_aot_opts >/dev/null; then kafka_aot_opts; fi)"
    mkdir -p "$HAAT_LOGS" "$HAAT_PIDS"
    rotate_log "$KAFKA_LOG"
    started=$EPOCHREALTIME
    (
        cd "$HAAT_ROOT"
        nohup java "${opts[@]}" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
            -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONF" >"$KAFKA_LOG" 2>&1 </dev/null 9>&- &
        printf '%s\n' "$!" >"$HAAT_PIDS/kafka.pid"
    )
    pid=$(<"$HAAT_PIDS/kafka.pid")
    info "Kafka: starting broker (pid $pid) on localhost:$HAAT_KAFKA_PORT, log $KAFKA_LOG"
    if ! wait_for_port localhost "$HAAT_KAFKA_PORT" "${HAAT_KAFKA_START_TIMEOUT:-60}" "$pid"; then
        if proc_alive "$pid"; then
            warn "Kafka did not answer on localhost:$HAAT_KAFKA_PORT within ${HAAT_KAFKA_START_TIMEOUT:-60} s; stopping it"
            stop_pids 10 "$pid"
        else
            warn "the Kafka broker exited while starting"
        fi
        rm -f "$HAAT_PIDS/kafka.pid"
        show_log_tail "$KAFKA_LOG" 40
        die "Kafka did not start (log: $KAFKA_LOG)"
    fi
    HAAT_KAFKA_STARTED_NOW=1
    ok "Kafka: broker up on localhost:$HAAT_KAFKA_PORT in $(elapsed_since "$started") s (pid $pid, RSS $(rss_mib "$pid") MiB)"
}

# kafka_wanted_topics: "name partitions" for every topic line of deploy/topics.txt.
kafka_wanted_topics() {
    awk '!/^[[:space:]]*(#|$)/ { print $1, $2 }' "$KAFKA_TOPICS_FILE"
}

# kafka_topics: creates the missing topics of deploy/topics.txt, all in one JVM (deploy/kafka/Topics.java).
kafka_topics() {
    local bootstrap="localhost:$HAAT_KAFKA_PORT" out
    local -a wanted=()
    local name partitions
    while read -r name partitions; do
        [[ $partitions =~ ^[0-9]+$ ]] || die "deploy/topics.txt: '$name' has no partition count"
        wanted+=("$name:$partitions")
    done < <(kafka_wanted_topics)
    out=$(kafka_tool "$HAAT_ROOT/deploy/kafka/Topics.java" "$bootstrap" "${wanted[@]}" 2>&1) \
        || die "could not create the topics of deploy/topics.txt on the broker at $bootstrap: $out"
    info "Kafka: $out"
}

kafka_up() {
    local pid
    if pid=$(kafka_pid); then
        kafka_libs   # the tools need them; never refreshed under a running broker
        if ! wait_for_port localhost "$HAAT_KAFKA_PORT" 60 "$pid"; then
            show_log_tail "$KAFKA_LOG" 40
            die "the broker haat started (pid $pid) does not answer on localhost:$HAAT_KAFKA_PORT"
        fi
        info "Kafka: already running (pid $pid) on localhost:$HAAT_KAFKA_PORT"
        if [[ $KAFKA_POM -nt $KAFKA_LIBS/.fetched ]]; then
            warn "deploy/kafka/pom.xml changed; ./haat infra down && ./haat infra up to use it"
        fi
    elif port_open localhost "$HAAT_KAFKA_PORT"; then
        kafka_libs
        warn "something that haat did not start listens on localhost:$HAAT_KAFKA_PORT; using it as the Kafka broker"
    else
        rm -f "$HAAT_PIDS/kafka.pid"
        if port_open localhost "$HAAT_KAFKA_CONTROLLER_PORT"; then
            die "the Kafka controller port localhost:$HAAT_KAFKA_CONTROLLER_PORT is taken by another process;
       free it or set HAAT_KAFKA_CONTROLLER_PORT"
        fi
        kafka_libs refresh
        kafka_render_config
        kafka_format
        kafka_start
    fi
    kafka_topics
}

kafka_down() {
    local pid
    if pid=$(kafka_pid); then
        info "Kafka: stopping broker (pid $pid)"
        stop_pids 20 "$pid"
        if declare -F kafka_aot_create >/dev/null; then kafka_aot_create; fi
        ok "Kafka: stopped (data kept in .haat/kafka/data)"
    elif port_open localhost "$HAAT_KAFKA_PORT"; then
        info "Kafka: left running on localhost:$HAAT_KAFKA_PORT (haat did not start it)"
    fi
    rm -f "$HAAT_PIDS/kafka.pid"
}

kafka_status_row() {
    local pid rss=- ready=no
    if pid=$(kafka_pid); then
        rss=$(rss_mib "$pid")
        port_open localhost "$HAAT_KAFKA_PORT" && ready=yes
        status_row kafka running "$pid" "$HAAT_KAFKA_PORT" "$rss" "$ready"
    elif port_open localhost "$HAAT_KAFKA_PORT"; then
        status_row kafka external - "$HAAT_KAFKA_PORT" - "yes (not started by haat)"
    else
        status_row kafka stopped - "$HAAT_KAFKA_PORT" - no
    fi
}

# =========================================================================================================
# infra up | down | status
# =========================================================================================================

infra_up() {
    haat_lock
    mkdir -p "$HAAT_LOGS" "$HAAT_PIDS"
    pg_up
    kafka_up
    haat_unlock
}

infra_down() {
    haat_lock
    kafka_down
    pg_down
    haat_unlock
}

infra_status() {
    status_header
    kafka_status_row
    pg_status_row
}

infra_usage() {
    cat <<EOF
usage: deploy/infra.sh up|down|status      (or ./haat infra up|down|status)
  up       PostgreSQL at $HAAT_DB_HOST:$HAAT_DB_PORT with databases ${HAAT_DATABASES[*]},
           Kafka 4.1.1 (KRaft) on localhost:$HAAT_KAFKA_PORT with the topics of deploy/topics.txt
  down     stop the broker, and PostgreSQL if haat started it (data stays in .haat/)
  status   what runs, with pids, ports and memory
EOF
}

infra_main() {
    case "${1:-}" in
        up) haat_select_jdk; infra_up ;;
        down) infra_down ;;
        status) infra_status; printf '\nlogs: %s\n' "$HAAT_LOGS" ;;
        -h | --help | help | '') infra_usage ;;
        *) infra_usage >&2; exit 2 ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    infra_main "$@"
fi
