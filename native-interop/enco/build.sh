#!/usr/bin/env bash
# Builds the ENCO engine for the host and runs its C tests (ctest), twice:
#   build/           the plain build; its libenco.so is the one Router.Enco's host build copies
#   build/sanitize/  the same sources and tests under -fsanitize=address,undefined
# Idempotent: installs libmbedtls-dev and zlib1g-dev (DEFLATE) only when a header is missing, and refreshes the apt
# lists only when that install fails without them. ENCO_SANITIZE=0 skips the sanitizer pass.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"

ensure_mbedtls() {
    if [ -f /usr/include/mbedtls/sha256.h ] && [ -f /usr/include/zlib.h ]; then
        return
    fi

    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi

    echo "enco: installing libmbedtls-dev zlib1g-dev"
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y -q libmbedtls-dev zlib1g-dev; then
        $sudo apt-get update -q
        $sudo apt-get install -y -q libmbedtls-dev zlib1g-dev
    fi
}

build_and_test() {
    local dir="$1"
    shift
    cmake -S "$here" -B "$dir" "$@"
    cmake --build "$dir" --parallel "$jobs"
    ctest --test-dir "$dir" --output-on-failure
}

ensure_mbedtls
build_and_test "$here/build"
if [ "${ENCO_SANITIZE:-1}" != "0" ]; then
    build_and_test "$here/build/sanitize" -DENCO_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
fi
