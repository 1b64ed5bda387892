#!/usr/bin/env bash
# The Nu HTML Checker (vnu-jar from npm, pinned in package-lock.json; needs Java 11+).
#   bash platform/html-check.sh install         fetch it into node_modules/ when missing
#   bash platform/html-check.sh FILE...         check files in one JVM, errors only, JSON on stderr
#                                               (exit status 1 when a file has an error)
# tests/browser/test_html_validity.py saves every page type (as served and after its scripts ran)
# and runs the second form once over all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=node_modules/vnu-jar/build/dist/vnu.jar

install() {
  if [ ! -f "$JAR" ]; then
    echo "Installing the Nu HTML Checker (vnu-jar, npm)"
    # --ignore-scripts: its postinstall would download a Java runtime; Debian's is used.
    npm ci --silent --no-audit --no-fund --ignore-scripts
  fi
  if ! command -v java >/dev/null; then
    echo "The Nu HTML Checker needs Java (Debian: apt-get install openjdk-17-jre-headless)" >&2
    exit 1
  fi
}

if [ "${1:-}" = install ]; then
  install
  exit 0
fi
[ $# -gt 0 ] || { echo "usage: $0 install | FILE..." >&2; exit 2; }
install  # its messages on stdout: stderr is the report
exec java -Xss16m -jar "$JAR" --errors-only --format json "$@"
