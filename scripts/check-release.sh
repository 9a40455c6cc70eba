#!/usr/bin/env bash
# Lists what a release dry run deployed and fails unless it is exactly the deployed modules, each complete:
# a POM with name, description, url, licenses, developers and scm (own or from the parent), and for each jar a
# sources jar, a Javadoc jar and a module name. See docs/release.md.
#
#   mvn -B -Prelease -Dgpg.skip -Dmaven.install.skip deploy -DaltDeploymentRepository=dry-run::file:/tmp/rm-release
#   scripts/check-release.sh /tmp/rm-release              # add --signed when the run signed (no -Dgpg.skip)
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: scripts/check-release.sh DEPLOYED_DIR [--signed]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
exec java "$root/scripts/CheckRelease.java" repo "$1" "$root" ${2:+"$2"}
