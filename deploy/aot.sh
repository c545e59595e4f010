# shellcheck shell=bash
# ---------------------------------------------------------------------------------------------------------
# The services' AOT caches (JDK 25+: JEP 483, 514, 515). A service's cache holds the classes its earlier run
# loaded and linked and their method profiles, so a start spends about a third less CPU (auth-service: 7.6 CPU-s to
# ready without, 4.8 s with, 2026-12-03). With five services starting at once on 2 cores that CPU is the start time.
# The JDK caches only what its own class loaders load: hence the services' aot-jar packaging (every jar on the
# application class path), which took about another third off each start (operations.md, "Start-up time").
#
# A cache belongs to one build of the service and one JDK. When there is none for them, ./haat up starts the
# service in record mode (the JVM writes what it loaded when it exits); ./haat down, once the services have
# stopped, makes each cache from that record (AOTMode=create, ~10-20 s per service, once per build). ./haat train
# records a run that also drives the hot paths instead (their JIT profiles in the cache; <service>.trained marks such
# a cache). HAAT_AOT=false turns it off; on an older JDK it is off.
# ---------------------------------------------------------------------------------------------------------

: "${HAAT_AOT:=true}"
HAAT_AOT_DIR="$HAAT_STATE/aot"

aot_enabled() { [[ $HAAT_AOT == true ]] && ((${HAAT_JAVA_MAJOR:-0} >= 25)); }

# aot_stamp SERVICE: what a cache must have been made from: the service's build (its jar's mtime) and the JDK.
# The broker's (kafka) is made from the Kafka jars in .haat/kafka/libs.
aot_stamp() {
    if [[ $1 == kafka ]]; then
        printf '%s %s\n' "$(stat -c %Y "$KAFKA_LIBS")" "$JAVA_HOME"
    else
        printf '%s %s\n' "$(stat -c %Y "$(service_jar "$1")")" "$JAVA_HOME"
    fi
}

# aot_current SERVICE: whether the service has a cache made for this build and JDK.
aot_current() {
    [[ -s $HAAT_AOT_DIR/$1.aot && -f $HAAT_AOT_DIR/$1.stamp && $(<"$HAAT_AOT_DIR/$1.stamp") == "$(aot_stamp "$1")" ]]
}

# aot_opts SERVICE: the JVM options that use the service's cache, or that record this run for one.
aot_opts() {
    local m=$1
    aot_enabled || return 0
    mkdir -p "$HAAT_AOT_DIR"
    if aot_current "$m"; then
        printf '%s\n' "-XX:AOTCache=$HAAT_AOT_DIR/$m.aot"
    else
        aot_discard_caches "$m"
        aot_stamp "$m" >"$HAAT_AOT_DIR/$m.recording"
        printf '%s\n' "-XX:AOTMode=record -XX:AOTConfiguration=$HAAT_AOT_DIR/$m.aotconf"
    fi
}

# aot_recording SERVICE: whether the service's running JVM records for a cache (it needs longer to stop).
aot_recording() { [[ -f $HAAT_AOT_DIR/$1.recording ]]; }

# without_metaspace_cap OPTS...: the options less -XX:MaxMetaspaceSize (a recording JVM needs room to write its
# record at exit: with the 160 MB cap it failed, "Unable to allocate from 'ro' region").
without_metaspace_cap() {
    local o
    for o in "$@"; do [[ $o == -XX:MaxMetaspaceSize=* ]] || printf '%s\n' "$o"; done
}

# aot_create_caches SERVICE...: makes the cache of each stopped service that has a complete record.
aot_create_caches() {
    local m
    [[ -n ${HAAT_JAVA_MAJOR:-} ]] || haat_select_jdk
    aot_enabled || return 0
    for m in "$@"; do
        [[ -f $HAAT_AOT_DIR/$m.recording ]] || continue
        info "$m: making its AOT cache from this run (once per build)"
        aot_create "$m" -jar "$(service_jar "$m")"
    done
}

# aot_create NAME LAUNCH...: makes NAME's cache from the record its stopped run left, the JVM launched as LAUNCH
# (the same class path as the recording run); without a record, only forgets that it was recording.
aot_create() {
    local m=$1 conf="$HAAT_AOT_DIR/$1.aotconf"
    shift
    if [[ ! -s $conf ]]; then
        rm -f "$HAAT_AOT_DIR/$m.recording" "$conf"
        return 0
    fi
    if (cd "$HAAT_ROOT" && java -XX:+UseSerialGC -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
        -XX:AOTCache="$HAAT_AOT_DIR/$m.aot" "$@" >"$HAAT_LOGS/$m.aot.log" 2>&1); then
        mv -f "$HAAT_AOT_DIR/$m.recording" "$HAAT_AOT_DIR/$m.stamp"
    else
        warn "$m: no AOT cache (see ${HAAT_LOGS#"$HAAT_ROOT"/}/$m.aot.log); its next recording run makes one again"
        rm -f "$HAAT_AOT_DIR/$m.aot" "$HAAT_AOT_DIR/$m.recording"
    fi
    rm -f "$conf"
}

# The broker's cache (issue 15): made only by ./haat train, whose run drives the broker's produce and fetch paths;
# a broker started fresh by ./haat up then compiles what the cache's profiles name instead of learning them again
# (StockUpdateBench, 2026-12-07: the broker's CPU over the run 24.2-25.0 -> 21.4-21.9 CPU-s). Another set of Kafka
# jars or another JDK starts without it until the next training.

# kafka_aot_opts: the broker's JVM options for its cache: use it, or record this run when HAAT_KAFKA_AOT_RECORD=true.
kafka_aot_opts() {
    aot_enabled || return 0
    mkdir -p "$HAAT_AOT_DIR"
    if [[ ${HAAT_KAFKA_AOT_RECORD:-false} == true ]]; then
        aot_discard_caches kafka
        aot_stamp kafka >"$HAAT_AOT_DIR/kafka.recording"
        printf '%s\n' "-XX:AOTMode=record -XX:AOTConfiguration=$HAAT_AOT_DIR/kafka.aotconf"
    elif aot_current kafka; then
        printf '%s\n' "-XX:AOTCache=$HAAT_AOT_DIR/kafka.aot"
    fi
}

# kafka_aot_create: makes the broker's cache from the record of the run that just stopped, if it recorded one.
kafka_aot_create() {
    if [[ -f $HAAT_AOT_DIR/kafka.recording ]]; then aot_create kafka -cp "$KAFKA_LIBS/*" kafka.Kafka; fi
}

# aot_discard_caches SERVICE...: forgets the services' caches, so that their next start records.
aot_discard_caches() {
    local m
    for m in "$@"; do rm -f "$HAAT_AOT_DIR/$m".{aot,stamp,aotconf,recording,trained}; done
}

# aot_trained SERVICE: whether the service's cache of this build was made from a training run (./haat train).
aot_trained() {
    aot_current "$1" && [[ -f $HAAT_AOT_DIR/$1.trained ]] && cmp -s "$HAAT_AOT_DIR/$1.trained" "$HAAT_AOT_DIR/$1.stamp"
}

# all_aot_trained: whether every service's cache of this build was made from a training run.
all_aot_trained() {
    local m
    for m in "${HAAT_SERVICES[@]}"; do aot_trained "$m" || return 1; done
}

# aot_mark_trained SERVICE...: marks the caches just made from a training run (a cache made from it has its stamp).
aot_mark_trained() {
    local m
    for m in "$@"; do
        if [[ -s $HAAT_AOT_DIR/$m.aot && -f $HAAT_AOT_DIR/$m.stamp ]]; then cp "$HAAT_AOT_DIR/$m.stamp" "$HAAT_AOT_DIR/$m.trained"; fi
    done
}
