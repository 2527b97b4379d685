#!/usr/bin/env bash
# Builds the firmware for the virtual device (installing what is missing) and starts it with
# the serial console in this terminal. Options go to the device; see ./run-device.sh --help.
set -euo pipefail
cd "$(dirname "$0")"
scripts/build.sh 1>&2
exec dotnet artifacts/bin/Router.HostBoard/debug/router-vdev.dll "$@"
