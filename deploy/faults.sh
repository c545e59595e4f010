#!/usr/bin/env bash
# ./haat chaos and ./haat dead-letters (sourced by ./haat).
#
# chaos: the fault suite at full scale against the running suite (./haat up): the demo buyer app orders at a steady
# rate while the broker, order-service, inventory-service and the gateway are each killed with kill -9 and brought
# back with ./haat up; prints the recovery per kill and the counts, exits 1 on anything lost or duplicated
# (in.haat.bench.chaos.ChaosRun; e2e-tests' FaultSuiteTest runs the same checks at CI's scale).
#
# dead-letters: what was dead-lettered (haat.dlq) or set aside (outbox_event.dead_at in each service's database,
# ondc_callback.gave_up_at in the gateway's), and replay of chosen ones (docs/operations.md, "Dead letters").

# bench_java MAIN ARGS...: a main class of the bench module, built first, with the local suite's settings.
bench_java() {
    local main=$1 cp
    shift
    (cd "$HAAT_ROOT" && ./mvnw -B -q -pl bench -am package -DskipTests) || die "the bench module did not build"
    cp="$HAAT_ROOT/bench/target/classes:$(<"$HAAT_ROOT/bench/target/classpath.txt")"
    HAAT_ROOT="$HAAT_ROOT" HAAT_DB_SUFFIX="$HAAT_DB_SUFFIX" KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-localhost:$HAAT_KAFKA_PORT}" \
        java -cp "$cp" "$main" "$@"
}

cmd_chaos() {
    local m
    for m in "${HAAT_SERVICES[@]}"; do
        service_pid "$m" >/dev/null || die "$m does not run: ./haat up first (chaos kills and restarts what ./haat up started)"
    done
    kafka_pid >/dev/null || die "the broker was not started by ./haat (no .haat/pids/kafka.pid): chaos cannot kill it"
    [[ -s $HAAT_STATE/demo.json ]] || die "no demo storefront: ./haat up seeds it (unless HAAT_SEED_DEMO=false)"
    bench_java in.haat.bench.chaos.ChaosRun "$@"
}

# db_sql DATABASE SQL: one statement against a service's database, as an aligned table.
db_sql() {
    PGPASSWORD="${HAAT_DB_PASSWORD:-${PGPASSWORD:-}}" PGCONNECT_TIMEOUT=5 \
        psql -h "$HAAT_DB_HOST" -p "$HAAT_DB_PORT" -U "$HAAT_DB_USER" -d "$1" -X -q -P pager=off -v ON_ERROR_STOP=1 -c "$2"
}

dead_letters_list() {
    local m
    printf '== haat.dlq (events a consumer could never apply; replay: ./haat dead-letters replay dlq PARTITION:OFFSET...)\n'
    bench_java in.haat.bench.ops.DeadLetterQueue list
    printf '\n== outbox rows set aside (never publishable; replay: ./haat dead-letters replay outbox SERVICE ID...)\n'
    for m in "${HAAT_SERVICES[@]}"; do
        printf -- '-- %s (%s)\n' "$m" "$(service_db "$m")"
        db_sql "$(service_db "$m")" "select id, event_type, topic, event_key, length(envelope) as bytes, dead_at, left(last_error, 100) as reason
            from outbox_event where dead_at is not null order by id" || warn "could not read $(service_db "$m")"
    done
    printf '== callbacks given up (replay: ./haat dead-letters replay callback ID...)\n'
    db_sql "$(service_db ondc-gateway-service)" "select id, transaction_id, action, message_id, attempts, gave_up_at, left(last_error, 100) as reason
        from ondc_callback where gave_up_at is not null order by gave_up_at desc limit 200"
}

# dead_letters_replay dlq|outbox|callback ...: see usage.
dead_letters_replay() {
    local kind=${1:-} service ids
    (($# >= 2)) || die "usage: ./haat dead-letters replay dlq PARTITION:OFFSET... | outbox SERVICE ID... | callback ID..."
    shift
    case "$kind" in
        dlq) bench_java in.haat.bench.ops.DeadLetterQueue replay "$@" ;;
        outbox)
            service=$1
            shift
            service_port "$service" >/dev/null
            (($#)) || die "which rows? ./haat dead-letters replay outbox $service ID..."
            ids=$(IFS=,; printf '%s' "$*")
            [[ $ids =~ ^[0-9]+(,[0-9]+)*$ ]] || die "outbox ids are numbers: $ids"
            # The relay sends it on its next pass (woken at once through its notify channel), after the rows before it.
            db_sql "$(service_db "$service")" "with replayed as (update outbox_event set dead_at = null, attempts = 0,
                last_error = 'replayed at ' || now() || ' after: ' || coalesce(last_error, '') where id in ($ids) and dead_at is not null
                returning id, event_type, topic) select * from replayed; select pg_notify('haat_outbox', '')" ;;
        callback)
            ids=$(printf "'%s'," "$@")
            [[ ${ids%,} =~ ^\'[0-9a-f-]{36}\'(,\'[0-9a-f-]{36}\')*$ ]] || die "callback ids are UUIDs: $*"
            # Five more minutes to deliver it: past the buyer's ttl, so say so to the buyer app's operator too.
            db_sql "$(service_db ondc-gateway-service)" "update ondc_callback set gave_up_at = null, next_attempt_at = now(),
                deliver_until = now() + interval '5 minutes', last_error = 'replayed at ' || now() || ' after: ' || coalesce(last_error, '')
                where id in (${ids%,}) and gave_up_at is not null returning id, transaction_id, action" ;;
        *) die "replay what? dlq, outbox or callback" ;;
    esac
}

cmd_dead_letters() {
    case "${1:-}" in
        list) dead_letters_list ;;
        replay) shift; dead_letters_replay "$@" ;;
        *) die "usage: ./haat dead-letters list | replay dlq PARTITION:OFFSET... | replay outbox SERVICE ID... | replay callback ID..." ;;
    esac
}
