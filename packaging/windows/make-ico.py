#!/usr/bin/env python3
"""Writes packaging/windows/rebound.ico from resources/icons/rebound.svg.

The .ico holds PNG images (allowed since Windows Vista) at the sizes Windows uses for the
executable, the Start menu and Explorer. Needs rsvg-convert (librsvg2-bin). Run it again after
changing the SVG and commit the result: Windows builds have no SVG renderer.
"""
import pathlib
import struct
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "resources/icons/rebound.svg"
ICO = ROOT / "packaging/windows/rebound.ico"
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def main() -> None:
    images = [(size, render(size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, data = b"", b""
    for size, png in images:
        # Width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel.
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    ICO.write_bytes(header + directory + data)
    print(f"{ICO.relative_to(ROOT)}: {len(SIZES)} sizes, {ICO.stat().st_size} bytes")


if __name__ == "__main__":
    main()
