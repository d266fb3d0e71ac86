#!/bin/sh
# Stands in for PostgreSQL's @TOOL@ (now @TOOL@.bin beside this script); added by TradeDesk's
# embedded-servers module. PostgreSQL refuses to run as root, so when called as root this script makes
# the binaries usable by nobody (uid/gid 65534), gives an empty data directory to nobody before initdb,
# and runs the real tool as nobody. Called as any other user it just runs the real tool.
set -eu

bin_dir=$(dirname -- "$0")
real="$bin_dir/@TOOL@.bin"

if [ "$(id -u)" -ne 0 ]; then
  exec "$real" "$@"
fi

# zonky extracts the archive as root and marks bin/ executable for its owner only. (No marker file
# here: zonky re-extracts when anything in the directory is newer than its own marker.)
if [ -n "$(find "$bin_dir" -maxdepth 1 -type f ! -perm -005 -print)" ]; then
  chmod -R a+rX -- "$(dirname -- "$bin_dir")"
fi

if [ "@TOOL@" = initdb ]; then
  data_dir=
  expect_data_dir=false
  for arg in "$@"; do
    if [ "$expect_data_dir" = true ]; then
      data_dir=$arg
      expect_data_dir=false
      continue
    fi
    case $arg in
      -D | --pgdata) expect_data_dir=true ;;
      --pgdata=*) data_dir=${arg#--pgdata=} ;;
      -D*) data_dir=${arg#-D} ;;
    esac
  done
  if [ -n "$data_dir" ] && [ -d "$data_dir" ]; then
    chown 65534:65534 -- "$data_dir"
  fi
fi

if ! command -v setpriv > /dev/null 2>&1; then
  echo "$0: running as root, and setpriv (util-linux) is missing to run PostgreSQL as nobody" >&2
  exit 1
fi
exec setpriv --reuid=65534 --regid=65534 --clear-groups -- "$real" "$@"
