#!/usr/bin/env bash
# Builds everything the virtual device and the tests need: the ENCO C engine (with its
# Debian build dependencies) and every host project. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: mbedTLS and zlib under the ENCO engine. Tests: openssl and curl are the real TLS/PKI peers.
scripts/install-packages.sh libmbedtls-dev zlib1g-dev pkg-config openssl curl
# The ENCO C library builds with Router.Enco's host project (it runs CMake).
dotnet build Firmware.Host.slnx -nologo -clp:ErrorsOnly -v:quiet
