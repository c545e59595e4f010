#!/usr/bin/env bash
# ./haat conformance and ./haat flow-log (sourced by ./haat; needs curl, jq, node for the validator).
#
# conformance: plays each supported flow (search to delivered, out of stock) in retail 1.2.0 and 1.2.5 with the demo
# buyer app against the running suite, exports each transaction from the gateway's transaction log as ONDC's flow
# file, validates each with ONDC's log validator (a local checkout at HAAT_ONDC_VALIDATOR, started fresh for every
# file because it keeps state between runs), prints the errors per message and exits non-zero on any seller-side
# error (an error reported on one of our /on_* messages; IGM's ret_on_*) that deploy/conformance-set-aside.tsv does
# not set aside. The IGM 1.0.0 transaction (flow igm) is validated by the validator's IGM check (/api/validate/igm).

: "${HAAT_VALIDATOR_PORT:=3008}"

# demo_bearer: a token of the demo partner (.haat/demo.json), which may act for the demo seller.
demo_bearer() {
    local demo="$HAAT_STATE/demo.json"
    [[ -s $demo ]] || die "no demo seller yet: ./haat up seeds it (unless HAAT_SEED_DEMO=false)"
    curl -s -u "$(jq -r .client_id "$demo"):$(jq -r .client_secret "$demo")" -d grant_type=client_credentials \
        "$(service_url auth-service)/oauth2/token" | jq -r '.access_token // empty'
}

# ./haat flow-log TXN [TXN...] [--flow ID]: the transactions as the validator's flow file, from the running gateway.
# The demo seller's by default; HAAT_SELLER_ID and HAAT_TOKEN (a bearer token that may read that seller) for another.
cmd_flow_log() {
    local flow="" query="" token seller code out
    (($#)) || die "usage: ./haat flow-log TRANSACTION_ID [TRANSACTION_ID...] [--flow ID]"
    while (($#)); do
        case "$1" in
            --flow) flow=${2:?--flow needs the validator flow id}; shift 2 ;;
            *) query+="&transaction_id=$(jq -rn --arg t "$1" '$t|@uri')"; shift ;;
        esac
    done
    [[ -n $flow ]] && query+="&flow=$flow"
    seller=${HAAT_SELLER_ID:-$(jq -r '.seller_id // empty' "$HAAT_STATE/demo.json" 2>/dev/null || true)}
    [[ -n $seller ]] || die "no seller: set HAAT_SELLER_ID (or ./haat up to seed the demo seller)"
    token=${HAAT_TOKEN:-$(demo_bearer)}
    [[ -n $token ]] || die "no token: set HAAT_TOKEN, or ./haat up (the demo partner's credentials)"
    out=$(mktemp)
    code=$(curl -s -o "$out" -w '%{http_code}' -H "Authorization: Bearer $token" \
        "$(service_url ondc-gateway-service)/api/sellers/$seller/ondc-messages/flow?${query#&}") || true
    if [[ $code != 200 ]]; then
        cat "$out" >&2; rm -f "$out"
        die "the gateway answered HTTP $code (is the suite running? ./haat status)"
    fi
    jq . "$out"; rm -f "$out"
}

validator_check() {
    local dir=${HAAT_ONDC_VALIDATOR:-}
    [[ -n $dir ]] || die "set HAAT_ONDC_VALIDATOR to a checkout of ONDC's log validator (README: ./haat conformance says how to get it)"
    [[ -f $dir/ui/index.js && -d $dir/node_modules ]] \
        || die "$dir is not a built log validator: git clone https://github.com/ONDC-Official/log-validation-utility; npm install; npx tsc"
    command -v node >/dev/null || die "node is needed to run the validator"
}

# validator_start: the validator on HAAT_VALIDATOR_PORT with an empty store, run from .haat/validator (its .env with
# a signing key of its own, made once; its store dbfiles/ there, emptied first).
validator_start() {
    local run="$HAAT_STATE/validator" i
    mkdir -p "$run"
    if [[ ! -s $run/.env ]]; then
        (cd "$run" && node -e "
const s=require('$HAAT_ONDC_VALIDATOR/node_modules/libsodium-wrappers');
s.ready.then(()=>{const k=s.crypto_sign_keypair();const b=x=>s.to_base64(x,s.base64_variants.ORIGINAL);
console.log('SIGN_PRIVATE_KEY='+b(k.privateKey));console.log('SIGN_PUBLIC_KEY='+b(k.publicKey));});" >.env.keys) \
            || die "could not make the validator's signing key"
        mv "$run/.env.keys" "$run/.env"
    fi
    rm -rf "$run/dbfiles"
    # Not "cd && node &": that backgrounds a subshell, whose pid is not node's, and node outlived every stop.
    (cd "$run" || exit 1
        PORT=$HAAT_VALIDATOR_PORT nohup node "$HAAT_ONDC_VALIDATOR/ui/index.js" >"$HAAT_LOGS/validator.log" 2>&1 &
        echo $! >"$run/pid")
    for i in $(seq 1 60); do
        [[ $(http_code "http://localhost:$HAAT_VALIDATOR_PORT/") != 000 ]] && return 0
        sleep 0.5
    done
    die "the validator did not start on port $HAAT_VALIDATOR_PORT (log: $HAAT_LOGS/validator.log)"
}

validator_stop() {
    local run="$HAAT_STATE/validator" pid
    [[ -s $run/pid ]] || return 0
    pid=$(<"$run/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    # One still alive would keep the port, and the next run would talk to it and its store (state leaks between runs).
    kill -9 "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do [[ $(http_code "http://localhost:$HAAT_VALIDATOR_PORT/") == 000 ]] && break; sleep 0.2; done
    rm -f "$run/pid"
}

# conformance_report FILE RESULT: prints the errors per message; prints "seller_errors buyer_errors set_aside" last.
conformance_report() {
    jq -r --rawfile aside "$HAAT_ROOT/deploy/conformance-set-aside.tsv" --arg version "$(jq -r .version "$1")" \
        --arg flow "$(jq -r .flow "$1")" '
        ($aside | split("\n") | map(select(length > 0 and (startswith("#") | not)) | split("\t"))) as $rules
        | (.response.report // {}) as $report
        | if ($report | type) == "string" then {"flow": [$report]} else $report end
        | to_entries
        | map({key, errors: ([.value | .. | strings | select(test("^\\s+at ") | not)] | unique)})
        | map(.key as $k | .errors |= map(. as $e | {text: $e, aside: ([$rules[] | . as $r | select(($r[0] == "*" or $r[0] == $version or $r[0] == "\($version)/\($flow)")
              and ($r[1] == "*" or $r[1] == $k) and ($e | contains($r[2])))] | first | .[3])}))
        | (map("  \(.key)\(if (.key | test("^((ret|lsp)_)?on_")) then " (seller)" else " (buyer)" end):",
               (.errors[] | "    - \(.text)\(if .aside then "   [set aside: \(.aside)]" else "" end)")) | .[]),
          "\([.[] | select(.key | test("^((ret|lsp)_)?on_")) | .errors[] | select(.aside == null)] | length) \([.[] | select(.key | test("^((ret|lsp)_)?on_") | not) | .errors[]] | length) \([.[] | .errors[] | select(.aside != null)] | length)"
    ' "$2"
}

cmd_conformance() {
    local out cp file result name report seller buyer aside endpoint total=0 rc=0 played=0 validated=0
    validator_check
    [[ $(http_code "$(service_url ondc-gateway-service)/q/health/ready") == 200 ]] || die "the suite is not running: ./haat up first"
    [[ -s $HAAT_STATE/demo.json ]] || die "no demo seller yet: ./haat up seeds it (unless HAAT_SEED_DEMO=false)"
    local modules=buyer-app load_pid=""
    [[ -n ${HAAT_CONFORMANCE_LOAD:-} ]] && modules=buyer-app,bench
    (cd "$HAAT_ROOT" && ./mvnw -B -q -pl "$modules" -am package -DskipTests) || die "the $modules module(s) did not build"
    out="$HAAT_STATE/conformance/$(date -u +%Y%m%dT%H%M%SZ)"
    mkdir -p "$out"
    cp="$HAAT_ROOT/buyer-app/target/classes:$(<"$HAAT_ROOT/buyer-app/target/classpath.txt")"
    if [[ -n ${HAAT_CONFORMANCE_LOAD:-} ]]; then
        # Background orders while the flows play (after the build, whose CPU would otherwise back the suite up), so the
        # consumers' batches hold other transactions' events too (bench ConformanceLoad).
        HAAT_ROOT="$HAAT_ROOT" java -cp "$HAAT_ROOT/bench/target/classes:$(<"$HAAT_ROOT/bench/target/classpath.txt")" \
            in.haat.bench.ConformanceLoad "$HAAT_CONFORMANCE_LOAD" >"$out/background-orders.log" 2>&1 &
        load_pid=$!
        for _ in $(seq 1 60); do grep -q '^background orders' "$out/background-orders.log" && break; sleep 0.5; done
        sleep 10
    fi
    info "playing the flows against the running suite; flow files in $out"
    HAAT_ROOT="$HAAT_ROOT" java -cp "$cp" in.haat.buyer.Conformance "$out" || played=1
    if [[ -n $load_pid ]]; then
        kill "$load_pid" 2>/dev/null || true
        wait "$load_pid" 2>/dev/null || true
        tail -1 "$out/background-orders.log"
    fi
    trap validator_stop EXIT
    printf '\nONDC log validator %s (commit %s)\n' "$HAAT_ONDC_VALIDATOR" "$(git -C "$HAAT_ONDC_VALIDATOR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    for file in "$out"/*-flow*.json; do
        [[ -e $file ]] || continue
        name=$(basename "$file" .json)
        result="$out/$name.result.json"
        validator_start
        # An IGM flow file (flow igm) goes to the validator's IGM check, every other to its retail one.
        endpoint=api/validate
        [[ $(jq -r .flow "$file") == igm ]] && endpoint=api/validate/igm
        curl -s -m 120 -X POST "http://localhost:$HAAT_VALIDATOR_PORT/$endpoint" -H 'Content-Type: application/json' \
            --data-binary @"$file" >"$result" || true
        validator_stop
        [[ -s $result ]] && jq -e . "$result" >/dev/null 2>&1 || { warn "$name: the validator gave no answer"; rc=1; continue; }
        printf '\n%s (validator flow %s, %s): %s\n' "$name" "$(jq -r .flow "$file")" "$(jq -r .domain "$file")" \
            "$(jq -r '.response.message // .message // "?"' "$result")"
        report=$(conformance_report "$file" "$result")
        sed '$d' <<<"$report"
        read -r seller buyer aside <<<"$(tail -1 <<<"$report")"
        printf '%s: %s seller-side error(s), %s buyer-side, %s set aside\n' "$name" "$seller" "$buyer" "$aside"
        total=$((total + seller))
        validated=$((validated + 1))
    done
    validator_stop
    trap - EXIT
    printf '\nseller-side errors in all: %s (%s flow file(s) validated)\n' "$total" "$validated"
    ((validated > 0)) || { warn "no flow file was validated"; rc=1; }
    ((played == 0)) || { warn "a flow could not be played through (see above)"; rc=1; }
    ((total == 0)) || rc=1
    exit "$rc"
}
