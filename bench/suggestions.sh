#!/usr/bin/env bash
# Measures the forecast detector against the curated claims of seeds/ and writes bench/suggestions.md.
# Usage: bench/suggestions.sh            (report)
#        bench/suggestions.sh --show FILE (print the suggestions for any text, for reading by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dquarkus.build.skip=true >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.forecastledger.ingest.SuggestionBench "$@"
