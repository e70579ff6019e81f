#!/usr/bin/env bash
# Runs its arguments inside a fresh private network namespace: loopback up and a veth pair with
# 198.18.0.1/24 on veth0, exported as E2E_NODE_IP. Browsers never offer loopback addresses as WebRTC
# candidates, so LiveKit must advertise a non-loopback address; this one exists only inside the
# namespace, so no test traffic can leave the machine. The namespace has no other network: install
# everything first, and reach Postgres through its Unix socket.
#
# Without root (or when unshare is refused): CI=true fails; elsewhere the command runs outside with
# E2E_NODE_IP=127.0.0.1 and a loud warning, since WebRTC media then may not connect.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

NODE_IP=198.18.0.1
SETUP="ip link set lo up \
  && ip link add veth0 type veth peer name veth1 \
  && ip addr add $NODE_IP/24 dev veth0 \
  && ip link set veth0 up && ip link set veth1 up"

# Root gets a plain network namespace; other users may still get one inside a user namespace.
if [ "$(id -u)" -eq 0 ]; then
  UNSHARE=(unshare --net)
else
  UNSHARE=(unshare --user --map-root-user --net)
fi

why=""
if ! command -v unshare >/dev/null || ! command -v ip >/dev/null; then
  why="unshare or ip is not installed (util-linux, iproute2)"
elif ! probe=$("${UNSHARE[@]}" bash -c "$SETUP" 2>&1); then
  why="could not create the namespace with ${UNSHARE[*]}: ${probe:-no message}"
fi

if [ -z "$why" ]; then
  export E2E_NODE_IP=$NODE_IP
  # "$@" reaches the inner shell as its positional parameters, so arguments keep their quoting.
  exec "${UNSHARE[@]}" bash -c "$SETUP && exec \"\$@\"" in-netns "$@"
fi

if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then
  echo "in-netns: $why" >&2
  echo "in-netns: the media end-to-end tests need a private network namespace (run as root); failing because CI=true." >&2
  exit 1
fi

cat >&2 <<EOF

************************************************************************************************
* in-netns: $why
* Running WITHOUT a private network namespace, with E2E_NODE_IP=127.0.0.1.
* Browsers do not offer loopback WebRTC candidates, so video and audio between the test browsers
* and LiveKit may NOT connect; media tests can fail for that reason alone. Run as root for a
* faithful run.
************************************************************************************************

EOF
export E2E_NODE_IP=127.0.0.1
exec "$@"
