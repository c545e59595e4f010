#!/usr/bin/env bash
# Tools the build needs besides the JDK and Maven, installed from Debian's packages when missing.
# ./haat sources this file (after deploy/lib.sh) and calls ensure_kubectl before `./haat test`.

# ensure_kubectl: k8s-tests renders k8s/ with `kubectl kustomize` (kubectl 1.32 carries kustomize 5.5).
# HAAT_KUBECTL names another kubectl; otherwise the one on PATH, installed with apt-get if missing (as root).
ensure_kubectl() {
    if [[ -n ${HAAT_KUBECTL:-} ]]; then
        [[ -x $HAAT_KUBECTL ]] || die "HAAT_KUBECTL=$HAAT_KUBECTL is not an executable"
        return 0
    fi
    if command -v kubectl >/dev/null 2>&1; then
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || die "kubectl is missing (k8s-tests renders k8s/ with it): install it, or set HAAT_KUBECTL"
    [[ $(id -u) == 0 ]] || die "kubectl is missing: sudo apt-get install -y kubectl (or set HAAT_KUBECTL)"
    info "kubectl is missing: installing Debian's package (apt-get install -y kubectl)"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q kubectl >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || warn "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q kubectl >/dev/null || die "apt-get install kubectl failed"
    fi
    ok "kubectl $(kubectl version --client 2>/dev/null | head -n 1)"
}
