# Source before cargo:  source scripts/cargo-env.sh
# Sets what torch-sys (tch 0.17, used by rust-bert 0.23) needs to build against the small libtorch dir
# that scripts/setup.sh makes. Running the built binaries needs none of this.
_casus_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
if [ -f "$_casus_root/scripts/env.sh" ]; then
  . "$_casus_root/scripts/env.sh"
else
  export LIBTORCH="$_casus_root/.libtorch"
  export LIBTORCH_CXX11_ABI=0
fi
if [ ! -e "$LIBTORCH/lib/libtorch.so" ]; then
  echo "cargo-env.sh: $LIBTORCH is missing; run: bash scripts/setup.sh" >&2
fi
unset _casus_root
