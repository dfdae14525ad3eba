# Shared by the command-line test scripts (sourced): a scratch folder removed on exit, the pass and
# fail counters, and check(), which compares an exit code and optionally greps the output.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT [OUTPUT PATTERN]
  local name=$1 expected=$2 actual=$3 output=${4:-} pattern=${5:-}
  if [ "$actual" != "$expected" ]; then
    echo "FAIL: $name: exit $actual, expected $expected"; echo "$output" | tail -8; failed=$((failed + 1)); return
  fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" <<<"$output"; then
    echo "FAIL: $name: output lacks /$pattern/"; echo "$output" | tail -8; failed=$((failed + 1)); return
  fi
  echo "ok: $name"; passed=$((passed + 1))
}
