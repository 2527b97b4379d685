#!/usr/bin/env bash
# Builds and runs every test: the ENCO engine's C tests (ctest), the nanoFramework API check
# on the firmware assemblies, and every host test project (firmware tests through the
# TestFramework adapter, repository checks, the virtual device end to end).
# Exits non-zero when anything fails; the last line is the summary.
set -uo pipefail
cd "$(dirname "$0")"
log_dir=artifacts/test-logs
mkdir -p "$log_dir"
passed=0
failed=0
failures=()

note_failure() { failures+=("$1"); }

echo "== peers (Chromium, playwright-core, testssl.sh, wrk, iproute2)"
if ! scripts/install-peers.sh; then
  echo "Summary: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

echo "== build"
if ! scripts/build.sh; then
  echo "Summary: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

run_ctest() {
  local name="$1" script="$2" log="$log_dir/ctest-$1.log"
  echo "== $name (ctest)"
  if "$script" 2>&1 | tee "$log"; then :; else note_failure "$name ctest"; fi
  local result
  result=$(sed -n 's/.* tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\1 \2/p' "$log")
  if [ -z "$result" ]; then
    note_failure "$name ctest (no result line)"; failed=$((failed + 1)); return
  fi
  while read -r f t; do passed=$((passed + t - f)); failed=$((failed + f)); done <<< "$result"
}
run_ctest "ENCO engine" native-interop/enco/build.sh
run_ctest "ESP32 board glue" native-interop/esp32-board/build.sh

echo "== run-device.sh answers on its console"
# The README's device command itself, on piped input: banner, login, show system, logoff.
smoke_dir=$(mktemp -d)
printf 'manager\rsmoke-test-password\rshow system\rlogoff\r' \
  | timeout 120 ./run-device.sh --manager-password smoke-test-password --flash "$smoke_dir/flash.bin" \
  > "$log_dir/run-device.log" 2>&1
if grep -q "Security Router, firmware version" "$log_dir/run-device.log" \
  && grep -q "^System Name \.* router" "$log_dir/run-device.log" \
  && grep -q "^Flash Size \.* 4096 KB" "$log_dir/run-device.log"; then
  passed=$((passed + 1))
else
  cat "$log_dir/run-device.log"; failed=$((failed + 1)); note_failure "run-device.sh smoke test"
fi
rm -rf "$smoke_dir"

echo "== nanoFramework API check"
if dotnet artifacts/bin/NfApiCheck/debug/NfApiCheck.dll --firmware debug --tests; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); note_failure "nanoFramework API check"
fi

echo "== host tests"
dotnet test Firmware.Host.slnx --no-build -nologo -v:minimal 2>&1 | tee "$log_dir/dotnet-test.log"
test_status=${PIPESTATUS[0]}
skipped=0
while read -r f p s; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\1 \2 \3/p' "$log_dir/dotnet-test.log")
if [ "$test_status" -ne 0 ]; then
  note_failure "dotnet test (exit $test_status)"
  grep -q "Failed: *[1-9]" "$log_dir/dotnet-test.log" || failed=$((failed + 1))
fi

echo
[ ${#failures[@]} -eq 0 ] || printf 'Failed step: %s\n' "${failures[@]}"
echo "Summary: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ ${#failures[@]} -eq 0 ]
