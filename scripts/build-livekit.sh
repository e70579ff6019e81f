#!/usr/bin/env bash
# Builds the real LiveKit SFU once, at a pinned version, into ~/.cache/hearth/bin (outside git, so
# every clone and CI run on this machine reuses it). Skips the build when the binary is there.
set -euo pipefail
VERSION="${LIVEKIT_VERSION:-v1.13.5}"
BIN_DIR="${HEARTH_BIN_DIR:-$HOME/.cache/hearth/bin}"
STAMP="$BIN_DIR/server.version"
if [ -x "$BIN_DIR/server" ] && [ "$(cat "$STAMP" 2>/dev/null || echo "$VERSION")" = "$VERSION" ]; then
  echo "livekit-server $VERSION already built at $BIN_DIR/server"
  exit 0
fi
[ -x /usr/local/go/bin/go ] && PATH="/usr/local/go/bin:$PATH"
command -v go >/dev/null || { echo "Go is needed to build LiveKit (https://go.dev/dl/), or set LIVEKIT_BIN." >&2; exit 1; }
mkdir -p "$BIN_DIR"
echo "building livekit-server $VERSION (takes a few minutes the first time)..."
GOBIN="$BIN_DIR" go install "github.com/livekit/livekit-server/cmd/server@$VERSION"
echo "$VERSION" > "$STAMP"
echo "built $BIN_DIR/server"
