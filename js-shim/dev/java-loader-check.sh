#!/bin/sh
# Dev only: checks the working-tree js-shim inside the real Java runtime (ModelLoader/ShimRuntime,
# CONSTRAINED sandbox) against the oracle's schema JSON. Uses a copy of target/classes, so a
# concurrent build does not disturb it. Usage: js-shim/dev/java-loader-check.sh [caseDir…]
set -e
DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$DIR/../.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
TMP=$(mktemp -d)
cp -r "$REPO/target/classes" "$TMP/classes"
rm -rf "$TMP/classes/js-shim"
CP="$REPO:$TMP/classes:$(find ~/.m2/repository -name '*.jar' | grep -E 'graalvm|jackson|picocli' | grep -v truffle-runtime | grep -v truffle-compiler | tr '\n' ':')"
if [ $# -eq 0 ]; then set -- "$REPO"/test-fixtures/cases/*; fi
"$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "$CP" "$DIR/LoaderRun.java" "$@"
rm -rf "$TMP"
