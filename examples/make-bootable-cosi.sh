#!/usr/bin/env bash
# Builds a bootable Azure Linux COSI from the minimal-os base image with Image
# Customizer (examples/bootable-cosi.yaml): an OS that `verify: install` can
# install and boot to its login prompt, unlike make-cosi.js's tiny one.
#
#   examples/make-bootable-cosi.sh OUTPUT.cosi
#
# Needs oras and docker (privileged, as root or a docker group member), about
# 10 GiB of free disk and a few minutes. BASE_IMAGE and IMAGECUSTOMIZER_IMAGE
# override the images.
set -euo pipefail

out=${1:?usage: make-bootable-cosi.sh OUTPUT.cosi}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
base=${BASE_IMAGE:-mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest}
image=${IMAGECUSTOMIZER_IMAGE:-mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0}

mkdir -p "$(dirname "$out")"
outdir=$(cd "$(dirname "$out")" && pwd)
name=$(basename "$out")
if [ -e "$outdir/$name" ]; then
  echo "make-bootable-cosi: $outdir/$name already exists" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
oras pull "$base" --platform linux/amd64 --output "$work"

# The build folder stays inside the container (its files are root's).
docker run --rm --privileged \
  -v /dev:/dev \
  -v "$here:/config:ro" \
  -v "$work:/base:ro" \
  -v "$outdir:/out" \
  "$image" \
  --build-dir /build \
  --image-file /base/image.vhdx \
  --config-file /config/bootable-cosi.yaml \
  --output-image-format cosi \
  --output-image-file "/out/$name" \
  --disable-telemetry
echo "make-bootable-cosi: wrote $outdir/$name"
