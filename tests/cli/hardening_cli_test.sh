#!/usr/bin/env bash
# Command-line cases of issue 11 ("Hardening, round two") that need the real disk and terminal
# output. Usage: hardening_cli_test.sh INSYN SOURCE_DIR
set -u
insyn=$1
src=$2
. "$src/tests/cli/check_lib.sh"

fresh() { rm -rf "$work/content"; cp -r "$src/tests/fixtures/minimal" "$work/content"; }
cd "$work"
themes="$src/themes"

# 1. A long line followed by a javascript: autolink once threw std::out_of_range out of check.
fresh
printf '{"title":"t"}\n\n%0150d\n<javascript:1>\n' 0 > content/p.md
out=$("$insyn" check --content content --themes "$themes" 2>&1)
check "a long line before a javascript: autolink is a warning, not a crash" 0 $? "$out" "content/p.md:4:1: warning: link target removed"

# 9. Control characters in a value reach the terminal escaped, and cannot forge a line.
fresh
sed -i 's/"theme": "default",/"theme": "default", "\\u001b[2J\\nx: error: FORGED": 1,/' content/site.json
out=$("$insyn" check --content content --themes "$themes" 2>&1)
check "an escape sequence in a key is printed escaped" 0 $? "$out" 'unknown member "\\x1b\[2J\\nx: error: FORGED"'
! grep -q $'\x1b' <<<"$out" && ! grep -q '^x: error: FORGED' <<<"$out"
check "no raw escape character and no forged line reach the terminal" 0 $?

# 13. A folder that cannot be listed is named. chmod 000 does not stop root, so the folder is
# made unlistable for everyone: nested deeper than PATH_MAX (4096 bytes), opendir fails with
# ENAMETOOLONG.
fresh
long=content/org/2019
name=$(printf 'd%.0s' $(seq 1 200))
for _ in $(seq 1 22); do long="$long/$name"; done
mkdir -p "$long"
out=$("$insyn" check --content content --themes "$themes" 2>&1)
check "an unlistable folder is reported by name" 1 $? "$out" "content/org/2019/d+(/d+)*: error: cannot read the folder"
! grep -q "site.json is missing" <<<"$out"; check "and the rest of the content is still read" 0 $?

# 3. check loads the theme: a partial that includes itself is an error, quickly.
fresh
mkdir -p content/templates/partials
printf '{{> partials/loop}}\n' > content/templates/partials/loop.mustache
out=$(timeout 20 "$insyn" check --content content --themes "$themes" 2>&1)
check "check reports a partial that includes itself" 1 $? "$out" "loop.mustache:1:1: error: partial \"partials/loop\" includes itself"

# 7. A configured name is not a path.
fresh
sed -i 's|"theme": "default"|"theme": "../../.."|' content/site.json
out=$("$insyn" build --content content --themes "$themes" --out site 2>&1)
check "a theme given as a path is refused" 1 $? "$out" 'error: "theme" must be a plain name'

# 9. verify prints a bag's file names escaped: a name holding a line break cannot forge a line.
fresh
SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 --content content --themes "$themes" >/dev/null 2>&1
touch "content/arkiv/2019/data/x"$'\n'"FORGED: ok, "$'\x1b'"[2J"
out=$("$insyn" verify content/arkiv/2019 2>&1)
check "verify names an extra file with its control characters escaped" 1 $? "$out" 'data/x\\nFORGED: ok, \\x1b\[2J: error'
! grep -q '^FORGED' <<<"$out" && ! grep -q $'\x1b' <<<"$out"
check "and no forged line or escape character reaches the terminal" 0 $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
