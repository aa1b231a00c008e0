# Source before cargo:  source scripts/cargo-env.sh
# Sets what torch-sys (tch 0.17, used by rust-bert 0.23 under the `torch` cargo feature) needs to build
# against the small libtorch dir that `scripts/setup.sh --torch` makes. The default build needs none of it,
# and running the built binaries needs none of it either.
_casus_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
if [ -f "$_casus_root/scripts/env.sh" ]; then
  . "$_casus_root/scripts/env.sh"
fi
if [ -n "${LIBTORCH:-}" ] && [ ! -e "$LIBTORCH/lib/libtorch.so" ]; then
  echo "cargo-env.sh: $LIBTORCH is missing; run: bash scripts/setup.sh --torch" >&2
fi
unset _casus_root
