#!/usr/bin/env bash
# The long fuzz run (not a test): mutated real TLS 1.3/1.2 flights (bit flips, byte replacement, truncation,
# insertion, duplicated and dropped records, random Feed splits) against fresh TLS server and client engines,
# and valid/mutated/random requests against the HTTP request parser, checking invariants after every case.
# Prints cases, cases/s, alerts (statuses) by description and "failures: 0" or the first failing case with
# its seed; exits 1 on any failure. Usage: benchmarks/tls-fuzz.sh [seconds, default 60] [seed, default random]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
seed="${2:-}"

# The ENCO engine's native library (libenco) comes with scripts/build.sh; build it first when missing.
if ! ls "$root"/native-interop/enco/build/libenco.* >/dev/null 2>&1; then
    "$root/scripts/build.sh" >&2
fi

dotnet build "$root/benchmarks/TlsFuzz/TlsFuzz.csproj" -c Release -nologo -v:quiet -clp:ErrorsOnly >/dev/null
exec dotnet "$root/artifacts/bin/TlsFuzz/release/TlsFuzz.dll" "$seconds" $seed
