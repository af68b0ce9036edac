#!/usr/bin/env bash
# Build the one-folder bundle into dist/ompm-desktop/, prove it with its own self-test, and
# pack it as dist/ompm-desktop-VERSION-OS-ARCH.tar.gz. `make package` runs this after
# installing PyInstaller into .venv; PY names another Python that has it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
started=$SECONDS

"$PY" packaging/make_icons.py
"$PY" packaging/gather_licenses.py
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/ompm.spec

bundle=dist/ompm-desktop
echo "Self-test of the bundle, command line:"
"$bundle/ompm" --selftest
echo "Self-test of the bundle, app (offscreen when there is no display):"
"$bundle/ompm-desk" --selftest
echo "What each part weighs:"
"$PY" packaging/bundle_weights.py "$bundle"

version=$("$PY" -c "import ompm_desktop; print(ompm_desktop.__version__)")
system=$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)
archive="dist/ompm-desktop-$version-$system.tar.gz"
tar -czf "$archive" -C dist ompm-desktop
echo "Bundle: $bundle ($(du -sh "$bundle" | cut -f1)), archive: $archive" \
  "($(du -sh "$archive" | cut -f1)), built in $((SECONDS - started)) s."
