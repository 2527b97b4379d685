#!/usr/bin/env bash
# The HTTPS GUI benchmark (not a test). Inside a loopback-only network namespace made for the run
# (PEERS.md), it starts the virtual device, configures seed 000's HTTPS example on its console
# (ECC P-256 key, self-signed certificate, set http server security=on), then measures with wrk
# (keep-alive HTTPS, one page over and over) requests per second and per server CPU-second for
#   - the device's /login page, and
#   - a reference in the same run: Node's https server (OpenSSL, one thread, keep-alive) serving
#     the same bytes with a certificate of the same kind.
# Then the device's retained memory per idle HTTPS connection: show system before and after
# opening N idle TLS connections (openssl s_client), and after closing them.
# Usage: benchmarks/gui-bench.sh [seconds, default 10] [wrk connections, default 4] [idle connections, default 50]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-10}"
connections="${2:-4}"
idle="${3:-50}"
password="bench-manager-password"
officer="bench-officer-password"
device_port=28443
reference_port=29443

for tool in ip wrk node openssl curl; do
    command -v "$tool" >/dev/null || { echo "gui-bench: needs $tool (scripts/install-peers.sh installs the peers)" >&2; exit 1; }
done
vdev="$root/artifacts/bin/Router.HostBoard/debug/router-vdev.dll"
[ -f "$vdev" ] || "$root/scripts/build.sh" >&2

work="$(mktemp -d)"
ns="guibench-$$-$RANDOM"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    sleep 0.5
    ip netns delete "$ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
ip netns add "$ns"
ip -n "$ns" link set lo up
# Programs started in the background with `ip netns exec` directly: it execs them, so $! is their PID.
in_ns() { ip netns exec "$ns" "$@"; }

# --- the device, its console on a FIFO (input) and a file (output)
mkfifo "$work/console.in"
exec 3<>"$work/console.in"
ip netns exec "$ns" dotnet "$vdev" --flash "$work/flash.bin" --manager-password "$password" <&3 >"$work/console.log" 2>&1 &
device_pid=$!
pids+=("$device_pid")

occurrences() { { grep -o -F -- "$1" "$work/console.log" 2>/dev/null || true; } | wc -l; }
# Types a line and waits (60 s at most) for one more occurrence of the prompt; prints the answer.
console() {
    local line="$1" prompt="$2" before
    before=$(occurrences "$prompt")
    local start; start=$(wc -c <"$work/console.log")
    printf '%s\r' "$line" >&3
    for _ in $(seq 600); do
        [ "$(occurrences "$prompt")" -gt "$before" ] && { tail -c +"$((start + 1))" "$work/console.log"; return 0; }
        sleep 0.1
    done
    echo "gui-bench: no \"$prompt\" after \"$line\"; console:" >&2; tail -20 "$work/console.log" >&2; exit 1
}
accepted() {
    local answer; answer=$(console "$1" "$2")
    if ! grep -q "Info (" <<<"$answer" || grep -q "Error (" <<<"$answer"; then
        echo "gui-bench: the device refused \"$1\": $answer" >&2; exit 1
    fi
}
for _ in $(seq 600); do grep -q "login: " "$work/console.log" 2>/dev/null && break; sleep 0.1; done
console manager "Password: " >/dev/null
console "$password" "Manager > " >/dev/null
accepted "add user=\"cipher\" password=\"$officer\" privilege=securityofficer login=yes" "Manager > "
console "login cipher" "Password: " >/dev/null
console "$officer" "SecOff > " >/dev/null
accepted "enable system security" "SecOff > "
accepted "create enco key=0 type=ecc" "SecOff > "
accepted "set system distinguishedname=\"cn=router1,o=my_company,c=us\"" "SecOff > "
accepted "create pki certificate=bench keypair=0 serialnumber=12345 subject=\"cn=127.0.0.1,o=my_company,c=us\"" "SecOff > "
accepted "add pki certificate=bench location=bench.cer trust=yes" "SecOff > "
accepted "set http server security=on sslkey=0 port=$device_port" "SecOff > "
accepted "enable http server" "SecOff > "
for _ in $(seq 300); do
    status=$(in_ns curl -k -s -o "$work/page.html" -w '%{http_code}' --max-time 5 "https://127.0.0.1:$device_port/login" || true)
    [ "$status" != "000" ] && break
    sleep 0.1
done
[ "$status" = "200" ] || { echo "gui-bench: the device's /login answered $status" >&2; exit 1; }

# --- the reference: the same page bytes behind Node's https server, ECDSA P-256 like the device's key
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/key.pem" -subj /CN=127.0.0.1 \
    -days 2 -out "$work/cert.pem" 2>/dev/null
cat >"$work/reference.mjs" <<'EOF'
import https from 'node:https';
import { readFileSync } from 'node:fs';
const [key, cert, page, port] = process.argv.slice(2);
const body = readFileSync(page);
https.createServer({ key: readFileSync(key), cert: readFileSync(cert), keepAliveTimeout: 60000 }, (request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('listening'));
EOF
ip netns exec "$ns" node "$work/reference.mjs" "$work/key.pem" "$work/cert.pem" "$work/page.html" "$reference_port" >"$work/reference.log" 2>&1 &
reference_pid=$!
pids+=("$reference_pid")
for _ in $(seq 100); do grep -q listening "$work/reference.log" && break; sleep 0.1; done

cpu_seconds() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
# wrk against URL, prints "requests/s requests-per-server-CPU-second"
measure() {
    local url="$1" server_pid="$2" before after out
    in_ns wrk -t1 -c"$connections" -d2s "$url" >/dev/null 2>&1 || true
    before=$(cpu_seconds "$server_pid")
    out=$(in_ns wrk -t2 -c"$connections" -d"${seconds}s" "$url")
    after=$(cpu_seconds "$server_pid")
    echo "$out" >>"$work/wrk.log"
    local rps; rps=$(awk '/Requests\/sec:/ { print $2 }' <<<"$out")
    local errors; errors=$(awk '/Non-2xx|Socket errors/' <<<"$out")
    [ -z "$errors" ] || echo "  wrk reported: $errors" >&2
    awk -v r="$rps" -v b="$before" -v a="$after" -v s="$seconds" 'BEGIN { c = a - b; printf "%.0f %.0f %.2f\n", r, (c > 0 ? r * s / c : 0), c }'
}

page_bytes=$(wc -c <"$work/page.html")
echo "gui-bench: wrk, keep-alive HTTPS, $connections connections, ${seconds}s, GET /login ($page_bytes bytes), inside namespace $ns"
read -r device_rps device_per_cpu device_cpu < <(measure "https://127.0.0.1:$device_port/login" "$device_pid")
read -r ref_rps ref_per_cpu ref_cpu < <(measure "https://127.0.0.1:$reference_port/login" "$reference_pid")
printf '  %-38s %8s req/s  %8s req per server CPU-second (%s s CPU)\n' "device (router-vdev, HTTPS GUI)" "$device_rps" "$device_per_cpu" "$device_cpu"
printf '  %-38s %8s req/s  %8s req per server CPU-second (%s s CPU)\n' "reference (node https, OpenSSL $(node -p process.versions.openssl))" "$ref_rps" "$ref_per_cpu" "$ref_cpu"
awk -v d="$device_rps" -v r="$ref_rps" -v dc="$device_per_cpu" -v rc="$ref_per_cpu" \
    'BEGIN { printf "  ratio device/reference: %.3f (req/s), %.3f (per CPU-second)\n", (r > 0 ? d / r : 0), (rc > 0 ? dc / rc : 0) }'

# --- memory per idle HTTPS connection, as the device reports it
memory() { console "show system" "SecOff > " | awk -F'\\.+ ' '/Managed Memory Used/ { print $2 }' | tr -d '\r'; }
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$device_pid/status"; }
sleep 2
server_connections() { console "show ssl" "SecOff > " | awk '/HTTP Server/ { print $NF }' | tr -d '\r'; }
before=$(memory)
rss_before=$(rss)
open_before=$(server_connections)
# Their standard input is a FIFO this shell holds open, so they stay connected and idle until killed.
mkfifo "$work/idle.in"
exec 4<>"$work/idle.in"
idle_pids=()
for _ in $(seq "$idle"); do
    ip netns exec "$ns" openssl s_client -connect "127.0.0.1:$device_port" -quiet <&4 >/dev/null 2>&1 &
    idle_pids+=("$!")
    pids+=("$!")
done
sleep 5
during=$(memory)
rss_during=$(rss)
open_during=$(server_connections)
servers_row=$(console "show ssl" "SecOff > " | grep -E "HTTP Server" | tr -d '\r' || true)
for pid in "${idle_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
sleep 3
after=$(memory)
opened=$((open_during - open_before))
echo "gui-bench: device memory with $idle idle TLS 1.3 clients started, $opened of them open on the device (show ssl Connections: $open_before -> $open_during)"
echo "  show system, Managed Memory Used: before $before; with them open $during; after closing them $after"
awk -v b="${before%% *}" -v d="${during%% *}" -v rb="$rss_before" -v rd="$rss_during" -v n="$opened" \
    'BEGIN { if (n <= 0) { print "  no connection stayed open: no per-connection figure"; exit } printf "  per open HTTPS connection: %.1f KB managed heap (no forced GC: noisy, can be negative), %.1f KB process RSS\n", (d - b) / n, (rd - rb) / n }'
echo "  show ssl servers row with them open: ${servers_row:-none}"
