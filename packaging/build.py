"""Build the standalone app for the platform this runs on, with the project's own interpreter.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive] [--no-smoke]

Linux: dist/iasante-desktop/ (onedir) and dist/iasante-desktop-<version>-linux-<arch>.tar.gz (with the desktop
entry, AppStream metadata, icon and an install script). Windows: the onedir plus an Inno Setup installer when
`iscc` is on PATH. macOS: the .app plus a DMG made with hdiutil. The same spec file serves all three.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "pyinstaller" / "iasante-desktop.spec"
APP = "iasante-desktop"
APP_ID = "io.github.iasante_desktop.IasanteDesktop"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"


class BuildError(RuntimeError):
    pass


def version() -> str:
    for line in (ROOT / "iasante_desktop" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("__version__ introuvable dans iasante_desktop/__init__.py (version not found)")


def ensure_pyinstaller() -> None:
    """The build runs in the project's venv; PyInstaller is a build tool, not a dependency, so add it on demand."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"Installation de PyInstaller dans {sys.prefix} (installing PyInstaller)", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYINSTALLER_REQUIREMENT],
        check=True,
    )


def app_icon_svg() -> Path:
    """The GUI's own icon when the icon set has one, so the window and the launcher match; else packaging's."""
    drawn = ROOT / "resources" / "icons" / f"{APP}.svg"
    return drawn if drawn.is_file() else PACKAGING / "linux" / f"{APP_ID}.svg"


def _render_pngs(svg: Path, sizes: list[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"icône SVG illisible : {svg} (unreadable SVG icon)")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    # PNG-compressed ICO entries (Windows Vista and later) keep every size sharp at a fraction of BMP's bytes.
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(types[s] + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s in sorted(pngs) if s in types)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def write_windows_version(path: Path, ver: str) -> None:
    numbers = [int(part) if part.isdigit() else 0 for part in ver.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    tup = tuple(numbers)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040C04B0', [
      StringStruct('CompanyName', 'iasante-desktop'),
      StringStruct('FileDescription', 'Dossier IA pour la Santé (Occitanie)'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', '{APP}'),
      StringStruct('OriginalFilename', '{APP}.exe'),
      StringStruct('ProductName', 'iasante-desktop'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [1036, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def run_pyinstaller(dist: Path, work: Path) -> Path:
    ensure_pyinstaller()
    work.mkdir(parents=True, exist_ok=True)
    icons = work / "icons"
    icons.mkdir(exist_ok=True)
    env = dict(os.environ, IASANTE_ICON_DIR=str(icons))
    if sys.platform in ("win32", "darwin"):
        pngs = _render_pngs(app_icon_svg(), [16, 32, 48, 64, 128, 256, 512, 1024])
        write_ico({s: b for s, b in pngs.items() if s <= 256}, icons / f"{APP}.ico")
        write_icns(pngs, icons / f"{APP}.icns")
    if sys.platform == "win32":
        write_windows_version(work / "version_info.txt", version())
        env["IASANTE_VERSION_FILE"] = str(work / "version_info.txt")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC),
    ]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    bundle = dist / APP
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller n'a pas produit {bundle} (no bundle produced)")
    return bundle


def frozen_executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / f"{APP}-cli.exe"
    return bundle / APP


def smoke_test(bundle: Path) -> None:
    """The frozen app must start without Python on PATH: ask it its version, headless."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(frozen_executable(bundle)), "--version"], capture_output=True, text=True, env=env, timeout=120
    )
    if result.returncode != 0 or version() not in result.stdout + result.stderr:
        raise BuildError(f"l'application gelée ne démarre pas (frozen app does not start):\n{result.stderr}")
    print(f"Vérifié : {frozen_executable(bundle).name} --version → {result.stdout.strip()}", flush=True)


def linux_archive(bundle: Path, dist: Path) -> Path:
    """A tarball a user unpacks anywhere: the onedir, the freedesktop files and a per-user install script."""
    arch = platform.machine() or "x86_64"
    name = f"{APP}-{version()}-linux-{arch}"
    target = dist / f"{name}.tar.gz"
    share = {
        f"share/applications/{APP_ID}.desktop": PACKAGING / "linux" / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": PACKAGING / "linux" / f"{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": app_icon_svg(),
        f"share/mime/packages/{APP_ID}.xml": PACKAGING / "linux" / f"{APP_ID}.mime.xml",
        "install.sh": PACKAGING / "linux" / "install.sh",
    }
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{name}/{APP}")
        for arcname, source in share.items():
            tar.add(source, arcname=f"{name}/{arcname}")
    return target


def windows_installer(bundle: Path, dist: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup (iscc) absent : pas d'installateur, le dossier reste utilisable (no installer)")
        return None
    script = PACKAGING / "windows" / f"{APP}.iss"
    subprocess.run(
        [iscc, f"/DAppVersion={version()}", f"/DSourceDir={bundle}", f"/DOutputDir={dist}", str(script)], check=True
    )
    return dist / f"{APP}-{version()}-setup.exe"


def macos_dmg(dist: Path) -> Path:
    app = dist / "IA pour la Santé.app"
    target = dist / f"{APP}-{version()}-macos-{platform.machine()}.dmg"
    target.unlink(missing_ok=True)
    staging = dist / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    subprocess.run(
        ["hdiutil", "create", "-volname", "IA pour la Santé", "-srcfolder", str(staging), "-ov", "-format", "UDZO",
         str(target)],
        check=True,
    )
    shutil.rmtree(staging)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit l'application autonome (builds the standalone app)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-archive", action="store_true", help="onedir only: no tarball, installer or DMG")
    parser.add_argument("--no-smoke", action="store_true", help="do not start the frozen app after the build")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 12):
        print("La construction demande Python 3.12 ou plus (PySide6 6.12 aborts under 3.11).", file=sys.stderr)
        return 3
    try:
        bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
        if not args.no_smoke:
            smoke_test(bundle)
        if not args.no_archive:
            if sys.platform.startswith("linux"):
                print(f"Archive : {linux_archive(bundle, args.dist.resolve())}")
            elif sys.platform == "win32":
                windows_installer(bundle, args.dist.resolve())
            elif sys.platform == "darwin":
                print(f"Image disque : {macos_dmg(args.dist.resolve())}")
    except (BuildError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"Échec de la construction (build failed): {exc}", file=sys.stderr)
        return 1
    print(f"Application : {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
