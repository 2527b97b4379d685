#!/usr/bin/env bash
# Builds and runs the compile check of the ESP32 board's interop glue (ctest).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$here/build" --parallel "$(nproc 2>/dev/null || echo 2)"
ctest --test-dir "$here/build" --output-on-failure
