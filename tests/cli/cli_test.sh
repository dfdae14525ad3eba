#!/usr/bin/env bash
# End-to-end tests of the insyn command line: exit codes, messages, and that a failed build leaves
# the previous output untouched. Usage: cli_test.sh INSYN SOURCE_DIR
set -u
insyn=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT [OUTPUT PATTERN]
  local name=$1 expected=$2 actual=$3 output=${4:-} pattern=${5:-}
  if [ "$actual" != "$expected" ]; then
    echo "FAIL: $name: exit $actual, expected $expected"; echo "$output" | tail -5; failed=$((failed + 1)); return
  fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" <<<"$output"; then
    echo "FAIL: $name: output lacks /$pattern/"; echo "$output" | tail -5; failed=$((failed + 1)); return
  fi
  echo "ok: $name"; passed=$((passed + 1))
}

cp -r "$src/content" "$src/themes" "$work/"
cd "$work"

out=$("$insyn" check 2>&1); check "check on the shipped content passes with warnings" 0 $? "$out" "0 errors, [1-9][0-9]* warnings"
out=$("$insyn" check --strict 2>&1); check "--strict turns warnings into a failure" 1 $? "$out" "warnings count as errors"
out=$("$insyn" check -v 2>&1); check "--verbose adds info findings" 0 $? "$out" "info: "
out=$("$insyn" build --out site 2>&1); check "build writes the site" 0 $? "$out" "wrote [0-9]+ files to site/"
[ -f site/index.html ] && [ -f site/amn/2019/vor/index.html ] && [ -f site/.insyn-output ]
check "build output has the 2019 pages and the marker" 0 $?
before=$(find site -type f -exec sha256sum {} + | sort)

cp content/amn/2019/vor.json vor.json.bak
sed -i '0,/"probability": [0-9]/s//"probability": 9/' content/amn/2019/vor.json
out=$("$insyn" build --out site 2>&1); check "a content error fails the build" 1 $? "$out" "vor.json:[0-9]+:[0-9]+: error: \"probability\" is 9"
after=$(find site -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ]; check "a failed build leaves the previous output untouched" 0 $?
ls -d site.tmp* >/dev/null 2>&1; check "a failed build leaves no temporary folder" 2 $?
cp vor.json.bak content/amn/2019/vor.json

# Same content, another folder, time zone and locale: the same bytes.
mkdir -p elsewhere/deeper && cp -r content themes elsewhere/deeper/
(cd elsewhere/deeper && TZ=Pacific/Kiritimati LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8 "$insyn" build --out out >/dev/null 2>&1)
TZ=America/New_York LANG=C LC_ALL=C "$insyn" build --out site >/dev/null 2>&1
out=$(diff -r site elsewhere/deeper/out 2>&1); check "output is identical in another folder, time zone and locale" 0 $? "$out"
[ "$(ls site/amn/*/data/*.xlsx | wc -l)" -ge 4 ] && cmp -s site/amn/2021/data/amn-2021.xlsx elsewhere/deeper/out/amn/2021/data/amn-2021.xlsx
check "the comparison covers the Excel workbooks, built the same in both" 0 $?

# Killed in the middle of writing a large site: the previous output stays whole, and the next build
# brings the half-written staging folder up to date.
mkdir -p big && cp content/site.json big/
mkdir -p big/sida && for i in $(seq 1 2000); do
  printf '{"title": "Sida %d", "probability": 3, "consequence": 4}\n\nText %d.\n' "$i" "$i" > "big/sida/s$i.md"
done
"$insyn" build --content big --themes themes --out bigsite >/dev/null 2>&1
"$insyn" build --content big --themes themes --out bigsite >/dev/null 2>&1  # now the staging folder holds a site too
before_big=$(find bigsite -type f -exec sha256sum {} + | sort)
for i in $(seq 1 2000); do echo "extra paragraph" >> "big/sida/s$i.md"; done
"$insyn" build --content big --themes themes --out bigsite >/dev/null 2>&1 &
build_pid=$!
# The build holds its lock from the start; kill it once it is writing pages into the staging folder.
for _ in $(seq 1 500); do
  [ -n "$(find .bigsite.insyn-staging -newer big/sida/s2000.md -name index.html -print -quit 2>/dev/null)" ] && break
  sleep 0.005
done
kill -9 "$build_pid" 2>/dev/null; wait "$build_pid" 2>/dev/null
after_big=$(find bigsite -type f -exec sha256sum {} + | sort)
[ "$before_big" = "$after_big" ]; check "a build killed while writing leaves the previous output whole" 0 $?
"$insyn" build --content big --themes themes --out bigsite >/dev/null 2>&1
"$insyn" build --content big --themes themes --out freshsite >/dev/null 2>&1
diff -r bigsite freshsite >/dev/null; check "the next build completes the half-written staging folder" 0 $?
grep -q "extra paragraph" bigsite/sida/s1/index.html; check "the next build completes" 0 $?

# Unchanged files are not rewritten: the output and the staging folder swap roles, so the file of two
# builds ago is the same inode.
"$insyn" build --out reuse >/dev/null 2>&1 && "$insyn" build --out reuse >/dev/null 2>&1
first=$(stat -c %i reuse/amn/2019/vor/index.html)
"$insyn" build --out reuse >/dev/null 2>&1 && "$insyn" build --out reuse >/dev/null 2>&1
[ "$first" = "$(stat -c %i reuse/amn/2019/vor/index.html)" ]; check "a rebuild leaves unchanged files in place" 0 $?
echo "<p>stray</p>" > .reuse.insyn-staging/stray.html
"$insyn" build --out reuse >/dev/null 2>&1
[ ! -e reuse/stray.html ]; check "files the build did not make are removed from the staging folder" 0 $?

mkdir -p precious && echo keep > precious/file.txt
out=$("$insyn" build --out precious 2>&1); check "refuses to overwrite a folder insyn did not make" 2 $? "$out" "not made by insyn"
[ "$(cat precious/file.txt)" = keep ]; check "the foreign folder is intact" 0 $?
out=$("$insyn" build --out / 2>&1); check "refuses to write into /" 2 $? "$out" "refusing"
out=$("$insyn" build --out content/public 2>&1); check "refuses to write inside the content folder" 2 $? "$out" "content folder"
out=$("$insyn" check --content nowhere 2>&1); check "a missing content folder is a usage error" 2 $? "$out" "does not exist"
out=$("$insyn" frobnicate 2>&1); check "an unknown command is a usage error" 2 $?
out=$("$insyn" --version 2>&1); check "--version prints the version" 0 $? "$out" "^insyn [0-9]+\.[0-9]+"

# serve --out writes the preview's first build to disk, the same bytes as build; SIGTERM stops it cleanly.
"$insyn" serve --port 0 --out served >serve.log 2>&1 &
serve_pid=$!
for _ in $(seq 1 300); do grep -q "^serving " serve.log && break; sleep 0.1; done
kill -TERM "$serve_pid"; wait "$serve_pid"
check "serve stops cleanly on SIGTERM" 0 $? "$(cat serve.log)" "wrote [0-9]+ files to served/"
"$insyn" build --out site >/dev/null 2>&1
out=$(diff -r site served 2>&1); check "serve --out writes what build writes" 0 $? "$out"
out=$("$insyn" serve --port 0 --out themes/site 2>&1); check "serve refuses to write where it watches" 2 $? "$out" "overlaps the content or theme folder"
out=$("$insyn" serve --port 0 --out . 2>&1); check "serve refuses to write above the content" 2 $? "$out" "overlaps the content or theme folder"

# Archiving a year: reproducible bags, a verify that catches tampering, and publication by the build.
rm -rf content/arkiv elsewhere/deeper/content/arkiv  # start from content without archived years
out=$(env -u SOURCE_DATE_EPOCH "$insyn" archive 2019 2>&1); check "archive needs SOURCE_DATE_EPOCH" 2 $? "$out" "SOURCE_DATE_EPOCH"
out=$(SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 1999 2>&1); check "archiving a year nobody has fails" 1 $? "$out" "no organisation has a plan year 1999"
out=$(SOURCE_DATE_EPOCH=1700000000 TZ=America/New_York LANG=C LC_ALL=C "$insyn" archive 2019 2>&1)
check "archive freezes the year as a bag" 0 $? "$out" "archived plan year 2019"
(cd elsewhere/deeper && SOURCE_DATE_EPOCH=1700000000 TZ=Pacific/Kiritimati LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8 "$insyn" archive 2019 >/dev/null 2>&1)
diff -r content/arkiv/2019 elsewhere/deeper/content/arkiv/2019 >/dev/null
check "the same year archived in another folder, time zone and locale gives the same bag" 0 $?
grep -q "^Insyn-Build-Time: 2023-11-14T22:13:20Z$" content/arkiv/2019/bag-info.txt
check "the bag records the build time from SOURCE_DATE_EPOCH" 0 $?
out=$(SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 2>&1); check "an archived year is not replaced by accident" 2 $? "$out" "already archived"
out=$("$insyn" verify content/arkiv/2019 2>&1); check "verify accepts an intact snapshot" 0 $? "$out" "ok, [0-9]+ files match"
out=$("$insyn" build --out site 2>&1); check "the build publishes the archived year" 0 $?
"$insyn" verify site/arkiv/2019 >/dev/null 2>&1; check "the published snapshot verifies" 0 $?
grep -q 'href="arkiv/2019/data/index.html"' site/index.html; check "the live site links to the archived year" 0 $?
mkdir -p registrar && tar -xf site/arkiv/2019.tar -C registrar
"$insyn" verify registrar/2019 >/dev/null 2>&1; check "the registrar's tar unpacks to a snapshot that verifies" 0 $?
printf 'X' | dd of=registrar/2019/data/index.html bs=1 seek=100 conv=notrunc 2>/dev/null
out=$("$insyn" verify registrar/2019 2>&1); check "one changed byte fails verify" 1 $? "$out" "data/index.html: error: changed"
rm registrar/2019/data/css/site.css && echo x > registrar/2019/data/new.html
out=$("$insyn" verify registrar/2019 2>&1); check "verify reports missing and extra files" 1 $? "$out" "data/new.html: error: extra"
grep -q "data/css/site.css: error: missing" <<<"$out"; check "verify names the missing file" 0 $?
printf 'X' | dd of=content/arkiv/2019/data/index.html bs=1 seek=100 conv=notrunc 2>/dev/null
out=$("$insyn" build --out site 2>&1); check "a tampered archive fails the build" 1 $? "$out" "arkiv/2019/data/index.html: error: archived file changed"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
