#!/usr/bin/env bash
# End-to-end tests of the insyn command line: exit codes, messages, and that a failed build leaves
# the previous output untouched. Usage: cli_test.sh INSYN SOURCE_DIR
set -u
insyn=$1
src=$2
. "$src/tests/cli/check_lib.sh"

cp -r "$src/content" "$src/themes" "$work/"
cd "$work"

out=$("$insyn" check 2>&1); check "check on the shipped content passes with warnings" 0 $? "$out" "0 errors, [1-9][0-9]* warnings"
out=$("$insyn" check --strict 2>&1); check "--strict turns warnings into a failure" 1 $? "$out" "warnings count as errors"
out=$("$insyn" check -v 2>&1); check "--verbose adds info findings" 0 $? "$out" "info: "
out=$("$insyn" check 2>&1); check "check lists the 2017 board's year's malformed diarienummer" 0 $? "$out" "verksamhetsberattelse.json:[0-9]+:[0-9]+: warning: case .*diarienummer \"AMN 2017-0192.01.05\""
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
# The staging folder of two builds ago may hold a file where a folder is now needed, or a folder
# where a file is: the build replaces them and the site equals a fresh one.
rm -rf .reuse.insyn-staging/amn/2019/vor && echo "was a folder" > .reuse.insyn-staging/amn/2019/vor
rm -f .reuse.insyn-staging/amn/index.html && mkdir -p .reuse.insyn-staging/amn/index.html/inner
rm -rf .reuse.insyn-staging/amn/2021 && echo "was a folder" > .reuse.insyn-staging/amn/2021
"$insyn" build --out reuse >/dev/null 2>&1
"$insyn" build --out fresh-reuse >/dev/null 2>&1
out=$(diff -r reuse fresh-reuse 2>&1); check "files and folders of the other kind in the staging folder are replaced" 0 $? "$out"

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
"$insyn" verify registrar/2019 --pins site/arkiv/pins.json >/dev/null 2>&1; check "the registrar's tar unpacks to a snapshot that verifies" 0 $?
test -f registrar/2019/data/sok/index.html && test -f registrar/2019/data/sok/index/meta.js &&
  grep -q 'src="../js/search.js"' registrar/2019/data/sok/index.html && grep -q "rehabiliter" registrar/2019/data/sok/index/tre*.js
check "the snapshot carries its own search page and index" 0 $?
printf 'X' | dd of=registrar/2019/data/index.html bs=1 seek=100 conv=notrunc 2>/dev/null
out=$("$insyn" verify registrar/2019 --pins site/arkiv/pins.json 2>&1); check "one changed byte fails verify" 1 $? "$out" "data/index.html: error: changed"
rm registrar/2019/data/css/site.css && echo x > registrar/2019/data/new.html
out=$("$insyn" verify registrar/2019 --pins site/arkiv/pins.json 2>&1); check "verify reports missing and extra files" 1 $? "$out" "data/new.html: error: extra"
grep -q "data/css/site.css: error: missing" <<<"$out"; check "verify names the missing file" 0 $?
printf 'X' | dd of=content/arkiv/2019/data/index.html bs=1 seek=100 conv=notrunc 2>/dev/null
out=$("$insyn" build --out site 2>&1); check "a tampered archive fails the build" 1 $? "$out" "arkiv/2019/data/index.html: error: archived file changed"

# Hardening, round two (issue 11): the output folder, the archive's times and names, and file modes.
SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 --replace >/dev/null 2>&1  # undo the tampering above
out=$("$insyn" build --out "" 2>&1); check "an empty --out is refused" 2 $? "$out" '^error: the output folder is ""; name a folder, e.g. --out public$'
out=$("$insyn" build --out themes/default/static/site 2>&1)
check "--out inside the theme folder is refused" 2 $? "$out" "^error: refusing to write the site into or above the theme folder themes$"
[ ! -e themes/default/static/site ]; check "nothing was written into the theme" 0 $?
out=$("$insyn" build --out content/../themes 2>&1); check "--out on the theme folder itself is refused" 2 $? "$out" "above the theme folder"
mkdir -p linktarget && ln -s linktarget linkout
"$insyn" build --out linkout >/dev/null 2>&1 && "$insyn" build --out linkout >/dev/null 2>&1
check "a symbolic link as --out builds twice" 0 $?
[ -L linkout ] && [ -f linktarget/index.html ] && [ -f linktarget/.insyn-output ] && [ -d .linktarget.insyn-staging ]
check "the link stays a link and the site is built into its target" 0 $?
"$insyn" build --out linkout >/dev/null 2>&1; [ -L linkout ] && [ -f linkout/index.html ]
check "a third build keeps the link too" 0 $?
ln -s nowhere dangling
out=$("$insyn" build --out dangling 2>&1); check "a dangling link as --out is refused" 2 $? "$out" "dangling is a symbolic link that does not lead to a folder"

# Every state a killed build can leave is recoverable: the staging folder is made with its marker.
"$insyn" build --out states >/dev/null 2>&1
mkdir .states.insyn-staging.new  # killed right after making the folder
out=$("$insyn" build --out states 2>&1); check "a build completes after a kill before the marker was written" 0 $? "$out"
[ ! -e .states.insyn-staging.new ] && [ -f .states.insyn-staging/.insyn-output ]; check "the fresh staging folder is marked" 0 $?
rm -rf .states.insyn-staging && mkdir .states.insyn-staging.new && : > .states.insyn-staging.new/.insyn-output
out=$("$insyn" build --out states 2>&1); check "a build completes after a kill while writing the marker" 0 $? "$out"
rm -rf .states.insyn-staging && mkdir .states.insyn-staging.new && echo mine > .states.insyn-staging.new/mine.txt
out=$("$insyn" build --out states 2>&1); check "a foreign folder in the staging folder's way is refused" 2 $? "$out" "staging.new is in the way and was not made by insyn"
[ "$(cat .states.insyn-staging.new/mine.txt)" = mine ]; check "the foreign folder is left alone" 0 $?
rm -rf .states.insyn-staging.new
# The second build of a new output killed while writing (before this fix its staging folder had no
# marker until the end, and every later build refused it).
"$insyn" build --content big --themes themes --out kill2 >/dev/null 2>&1
"$insyn" build --content big --themes themes --out kill2 >/dev/null 2>&1 &
build_pid=$!
for _ in $(seq 1 500); do
  [ -n "$(find .kill2.insyn-staging -name index.html -print -quit 2>/dev/null)" ] && break
  sleep 0.005
done
kill -9 "$build_pid" 2>/dev/null; wait "$build_pid" 2>/dev/null
out=$("$insyn" build --content big --themes themes --out kill2 2>&1); check "a build after a kill in the second build succeeds" 0 $? "$out" "wrote"

# Modes: 0644 files and 0755 folders whatever the umask (a web server must read them).
(umask 077 && "$insyn" build --out umasked >/dev/null 2>&1)
[ -z "$(find umasked -type f ! -perm 0644)" ] && [ -z "$(find umasked -type d ! -perm 0755)" ] && [ -f umasked/index.html ]
check "build under umask 077 writes 0644 files and 0755 folders" 0 $?
chmod 0600 umasked/index.html
(umask 077 && "$insyn" build --out umasked >/dev/null 2>&1 && "$insyn" build --out umasked >/dev/null 2>&1)
[ "$(stat -c %a umasked/index.html .umasked.insyn-staging/index.html)" = "$(printf '644\n644')" ]
check "a rebuild also fixes the mode of an unchanged file" 0 $?

# SOURCE_DATE_EPOCH must be a time the tar header of every later build can hold.
out=$(SOURCE_DATE_EPOCH=99999999999999 "$insyn" archive 2019 --replace 2>&1)
check "archive refuses a SOURCE_DATE_EPOCH no tar header holds" 2 $? "$out" '^error: SOURCE_DATE_EPOCH is "99999999999999"; it must be seconds since 1970, from 0 to 8589934591 \(2242-03-16T12:56:31Z, the latest time a tar header holds\)$'
out=$(SOURCE_DATE_EPOCH= "$insyn" archive 2019 --replace 2>&1); check "archive refuses an empty SOURCE_DATE_EPOCH" 2 $? "$out" 'SOURCE_DATE_EPOCH is ""'
out=$(SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 --replace 2>&1)
check "archive prints the pin for the minutes" 0 $? "$out" "^pin for the minutes: plan year 2019, tag manifest SHA-256 [0-9a-f]{64}$"
pin=$(sha256sum content/arkiv/2019/tagmanifest-sha256.txt | cut -c1-64)
grep -q "{\"year\": 2019, \"tagmanifest_sha256\": \"$pin\"}" content/arkiv/pins.json; check "archive pins the tag manifest in arkiv/pins.json" 0 $?
python3 "$src/tests/schema/check_content.py" content >/dev/null; check "the register of pins matches its schema" 0 $?
out=$("$insyn" build --out site 2>&1); check "the build accepts the pinned bag" 0 $? "$out"
grep -q "$pin" site/arkiv/index.html && cmp -s site/arkiv/pins.json content/arkiv/pins.json
check "the archive page and arkiv/pins.json publish the pin" 0 $?

# A top-level file name over 100 bytes: a pax header in the tar, not an abort.
cp -r content/arkiv/2019 pristine2019 && cp content/arkiv/pins.json pristine-pins.json
long=$(printf 'l%.0s' $(seq 1 120)).html
echo "<p>long</p>" > "content/arkiv/2019/data/$long"
echo "$(sha256sum "content/arkiv/2019/data/$long" | cut -c1-64)  data/$long" >> content/arkiv/2019/manifest-sha256.txt
sort -k2 -o content/arkiv/2019/manifest-sha256.txt content/arkiv/2019/manifest-sha256.txt
(cd content/arkiv/2019 && sha256sum bag-info.txt bagit.txt manifest-sha256.txt > tagmanifest-sha256.txt)
sed -i "s/$pin/$(sha256sum content/arkiv/2019/tagmanifest-sha256.txt | cut -c1-64)/" content/arkiv/pins.json
out=$("$insyn" build --out site 2>&1); check "a file name over 100 bytes in a bag builds" 0 $? "$out"
tar -tf site/arkiv/2019.tar | grep -qx "2019/data/$long"; check "the tar holds the long name (pax header)" 0 $?
restore() { rm -rf content/arkiv/2019 && cp -r pristine2019 content/arkiv/2019 && cp pristine-pins.json content/arkiv/pins.json; }
restore

# The archive proves what it claims.
echo "<p>falskt</p>" > content/arkiv/2019/data/index.html
d=$(sha256sum content/arkiv/2019/data/index.html | cut -c1-64)
sed -i "s/^[0-9a-f]*  data\/index.html$/$d  data\/index.html/" content/arkiv/2019/manifest-sha256.txt
rm content/arkiv/2019/tagmanifest-sha256.txt
out=$("$insyn" verify content/arkiv/2019 2>&1); check "a rewrite without the tag manifest fails verify" 1 $? "$out" "^content/arkiv/2019/tagmanifest-sha256.txt: error: missing$"
out=$("$insyn" build --out site 2>&1); check "a rewrite without the tag manifest fails the build" 1 $? "$out" "content/arkiv/2019/tagmanifest-sha256.txt: error: archived file missing since the year was archived"
(cd content/arkiv/2019 && sha256sum bag-info.txt bagit.txt manifest-sha256.txt > tagmanifest-sha256.txt)
out=$("$insyn" verify content/arkiv/2019 2>&1); check "a consistent rewrite of the whole bag fails verify on its pin" 1 $? "$out" "^content/arkiv/2019/tagmanifest-sha256.txt: error: the tag manifest's SHA-256 is [0-9a-f]{64} but plan year 2019 is pinned to $pin$"
out=$("$insyn" build --out site 2>&1); check "a consistent rewrite of the whole bag fails the build" 1 $? "$out" "tagmanifest-sha256.txt: error: the tag manifest's SHA-256 is"
restore
echo "hello" > content/arkiv/2019/notes.txt
out=$("$insyn" verify content/arkiv/2019 2>&1); check "an extra top-level file fails verify" 1 $? "$out" "^content/arkiv/2019/notes.txt: error: extra$"
out=$("$insyn" build --out site 2>&1); check "an extra top-level file fails the build" 1 $? "$out" "arkiv/2019/notes.txt: error: archived file extra since the year was archived"
restore
echo "$(sha256sum content/site.json | cut -c1-64)  ../../site.json" >> content/arkiv/2019/manifest-sha256.txt
out=$("$insyn" verify content/arkiv/2019 2>&1); check "a manifest path leaving the bag is refused" 1 $? "$out" "manifest-sha256.txt: error: malformed line [0-9]+: the path has an empty, \".\" or \"..\" part"
restore
mv content/arkiv/2019 content/arkiv/2018
out=$("$insyn" build --out site 2>&1); check "a bag folder renamed to another year fails the build" 1 $? "$out" "content/arkiv/2018/bag-info.txt: error: the bag holds plan year 2019 but its folder is named 2018"
grep -q "content/arkiv/pins.json: error: plan year 2019 is pinned but its bag arkiv/2019/ is missing" <<<"$out"; check "a pinned year without its bag is an error" 0 $?
rm -rf content/arkiv/2018; restore
rm -rf content/arkiv/2019/data/* && : > content/arkiv/2019/manifest-sha256.txt
(cd content/arkiv/2019 && sha256sum bag-info.txt bagit.txt manifest-sha256.txt > tagmanifest-sha256.txt)
out=$("$insyn" verify content/arkiv/2019 2>&1); check "an emptied bag fails verify" 1 $? "$out" "manifest-sha256.txt: error: the bag holds no files"
restore
out=$("$insyn" verify pristine2019 2>&1); check "verify without a register of pins fails" 1 $? "$out" "pins.json: error: no register of pins to check the bag against"

# Ed25519: archive --sign-key signs the tag manifest; verify --public-key checks it.
printf -- '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEICWldMmuYx91iqG6VWJO4r37bVujVL5BlLFj6pvOxd/d\n-----END PRIVATE KEY-----\n' > key.pem
printf -- '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAjnOp4/o7+XAWy0kY0GYVQp3zPdsLUbLkeTVi4jPIWwQ=\n-----END PUBLIC KEY-----\n' > pub.pem
printf -- '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAxc2niQWYfuz1KDnBB1gLXHCWoATThKRLzPBsh1KAl1w=\n-----END PUBLIC KEY-----\n' > other.pem
out=$("$insyn" verify content/arkiv/2019 --public-key pub.pem 2>&1); check "verify --public-key refuses an unsigned bag" 1 $? "$out" "tagmanifest-sha256.txt.sig: error: the bag is not signed"
out=$(SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 --replace --sign-key key.pem 2>&1); check "archive --sign-key signs the bag" 0 $? "$out" "signed"
out=$("$insyn" verify content/arkiv/2019 --public-key pub.pem 2>&1); check "verify --public-key accepts the signature" 0 $? "$out" "the signature is valid"
out=$("$insyn" verify content/arkiv/2019 --public-key other.pem 2>&1); check "verify refuses another key's signature" 1 $? "$out" "tagmanifest-sha256.txt.sig: error: the signature does not match"
out=$(SOURCE_DATE_EPOCH=1700000000 "$insyn" archive 2019 --replace --sign-key pub.pem 2>&1); check "a public key cannot sign" 2 $? "$out" "pub.pem: error: not an Ed25519 private key"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
