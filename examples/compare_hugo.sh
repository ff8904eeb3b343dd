#!/bin/sh
# Times bulletin and Hugo on the same synthetic site, on the same disk, in the same session, so
# the "2× faster than Hugo" target is judged like for like rather than against figures taken on
# another machine. Needs `hugo` on PATH (Debian: `apt-get install hugo`).
#
#   examples/compare_hugo.sh [N] [RUNS]      N articles × 3 languages (10000), RUNS per tool (3)
#
# Both tools read the same content/ (written by the `gen_site` example); Hugo gets the config and
# layouts in examples/hugo/ (paginated lists of 10, tags, a feed per language). Every run starts
# with an empty output folder after `sync`, so neither tool pays for the other's writeback.
set -eu
N=${1:-10000}
RUNS=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }

cd "$repo"
cargo build --quiet --release --bin bulletin --example gen_site
work=$(mktemp -d "${TMPDIR:-/var/tmp}/bulletin-vs-hugo.XXXXXX")
trap 'rm -rf "$work"' EXIT
target/release/examples/gen_site "$work/site" "$N"
cp -r examples/hugo/config.toml examples/hugo/layouts "$work/site/"
sync

timed() { # label, command...: prints wall seconds and peak memory of one run
    label=$1; shift
    rm -rf "$work/out"; sync
    /usr/bin/time -f "$label %e s, peak %M KiB" "$@" >/dev/null 2>"$work/time" || { cat "$work/time" >&2; exit 1; }
    tail -n 1 "$work/time"
    echo "  $(find "$work/out" -type f | wc -l) files"
}

echo "N = $N articles × 3 languages, $RUNS runs each, $(hugo version | cut -d' ' -f2)"
i=0
while [ "$i" -lt "$RUNS" ]; do
    timed bulletin target/release/bulletin build --root "$work/site" --output "$work/out"
    timed hugo hugo --quiet --source "$work/site" --destination "$work/out"
    i=$((i + 1))
done
