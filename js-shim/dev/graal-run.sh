#!/bin/sh
# Dev only: node-free check of the shim in GraalJS. Usage: js-shim/dev/graal-run.sh <modelsDir> <dialect>
# Needs a JDK 21+ (JAVA) and the GraalJS jars in ~/.m2 (mvn dependency:resolve in the project).
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
CP=$(find ~/.m2/repository/org/graalvm -name "*.jar" | grep -v truffle-runtime | grep -v truffle-compiler | tr '\n' ':')
DIR=$(cd "$(dirname "$0")" && pwd)
exec "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "$CP" "$DIR/GraalRun.java" "$DIR/.." "$@"
