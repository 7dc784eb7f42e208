#!/usr/bin/env bash
# The project's test command: every JUnit test (unit, golden files, CLI, sandbox) with JDK 25.
# Extra arguments go to Maven, e.g. ./test.sh -Dtest='MainTest'.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

jdk=/usr/lib/jvm/temurin-25-jdk-amd64
if [[ ! -x "$jdk/bin/java" ]]; then
    echo "test.sh: JDK 25 not found at $jdk" >&2
    exit 1
fi
export JAVA_HOME="$jdk"
# Maven's own Guava calls sun.misc.Unsafe; keep JDK 25's warning about it out of the log.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

# verify = compile, test (Surefire prints its summary) and package the shaded jar.
mvn -B -Dstyle.color=never verify "$@"
