#!/usr/bin/env bash
# Make sure the browser tests can run: Debian's Chromium (never a downloaded one) and CJK fonts.
# Installs them with apt when running as root; otherwise exits 1 with a one-line instruction.
# Also the PDF-to-text converters journalists use, when missing (best effort: poppler-utils,
# mupdf-tools, python3-pdfminer): test/pdftotextCorpus.test.ts turns the real PDFs into text with
# them; it skips a converter, saying so, without it.
set -uo pipefail

CHROMIUM=/usr/lib/chromium/chromium
INSTALL="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk"

have_chromium() { [ -x "$CHROMIUM" ]; }
have_cjk_fonts() { command -v fc-list >/dev/null && fc-list ':lang=zh' family | grep -qi 'Noto Sans CJK'; }
have_converters() { command -v pdftotext >/dev/null && command -v mutool >/dev/null && command -v pdf2txt >/dev/null; }

if have_chromium && have_cjk_fonts && have_converters; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing chromium, fonts-noto-cjk and PDF converters with apt-get"
  # Lock timeout: another session on this machine may be running apt at the same moment.
  apt-get -o DPkg::Lock::Timeout=600 update -qq </dev/null \
    && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      --no-install-recommends chromium fonts-noto-cjk poppler-utils mupdf-tools python3-pdfminer </dev/null >/dev/null
fi

if have_chromium && have_cjk_fonts; then exit 0; fi

missing=()
have_chromium || missing+=("$CHROMIUM")
have_cjk_fonts || missing+=("Noto Sans CJK fonts")
echo "ensureBrowser: missing ${missing[*]}. Run as root: $INSTALL" >&2
exit 1
