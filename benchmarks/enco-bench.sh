#!/usr/bin/env bash
# The ENCO engine benchmark (not a test): builds the engine, the native half (our GCM against
# mbedTLS's, native per-call costs) and EncoBench, then prints our figures next to `openssl speed`
# measured in the same run. Usage: benchmarks/enco-bench.sh [seconds per measurement, default 2]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-2}"
enco="$root/native-interop/enco"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v openssl >/dev/null || { echo "enco-bench: needs the openssl CLI" >&2; exit 1; }

# The engine's static library (Release-like flags: the default RelWithDebInfo build).
if [ ! -f "$enco/build/CMakeCache.txt" ]; then
    cmake -S "$enco" -B "$enco/build" >/dev/null
fi
cmake --build "$enco/build" --target enco enco_static --parallel "$(nproc)" >/dev/null

cc -O2 -std=c11 -Wall -Wextra -Werror -I "$enco/include" "$root/benchmarks/EncoBench/native/enco_native_bench.c" \
   "$enco/build/libenco_static.a" -lmbedcrypto -lz -lpthread -o "$work/enco_native_bench"

dotnet build "$root/benchmarks/EncoBench/EncoBench.csproj" -c Release -nologo -v:quiet -clp:ErrorsOnly >/dev/null
dotnet "$root/artifacts/bin/EncoBench/release/EncoBench.dll" -native "$work/enco_native_bench" -seconds "$seconds"
