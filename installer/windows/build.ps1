# Build Reviewer for Windows: dist\Reviewer\reviewer.exe with libvlc and its plugins inside.
# NOT TESTED HERE (the project's machines run Linux); see installer/README.md, "Windows".
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-VlcDir "C:\Program Files\VideoLAN\VLC"]
#
# Needs: 64-bit Python 3.11 or 3.12 (python.org), and VLC 3 64-bit installed (videolan.org) or
# its 7z/zip unpacked somewhere (-VlcDir). The app carries its own libvlc, so editors need not
# install VLC.
param(
    [string]$VlcDir = "$env:ProgramFiles\VideoLAN\VLC",
    [string]$Python = "py -3"
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root

# 1. libvlc: libvlc.dll, libvlccore.dll and plugins\ from the VLC folder, into build\vlc.
foreach ($f in @("libvlc.dll", "libvlccore.dll")) {
    if (-not (Test-Path "$VlcDir\$f")) { throw "no $f in $VlcDir: install VLC 3 (64-bit) or pass -VlcDir" }
}
$Stage = "$Root\build\vlc"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
New-Item -ItemType Directory -Force $Stage | Out-Null
Copy-Item "$VlcDir\libvlc.dll", "$VlcDir\libvlccore.dll" $Stage
Copy-Item -Recurse "$VlcDir\plugins" "$Stage\plugins"
# plugins.dat is VLC's plugin cache; a stale one is ignored, a fresh one starts faster.
if (Test-Path "$VlcDir\vlc-cache-gen.exe") { & "$VlcDir\vlc-cache-gen.exe" "$Stage\plugins" }

# 2. A virtual environment with Reviewer, its window and PyInstaller.
if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Expression "$Python -m venv .venv" }
& .venv\Scripts\python.exe -m pip install --upgrade pip
& .venv\Scripts\python.exe -m pip install -e ".[gui,package]" pillow
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# 3. Build. The spec copies $env:REVIEWER_VLC_DIR into the app as vlc\, and the runtime hook
#    (installer\pyinstaller\rthook_libvlc.py) sets PYTHON_VLC_LIB_PATH and
#    PYTHON_VLC_MODULE_PATH to it before anything imports vlc.
$env:REVIEWER_VLC_DIR = $Stage
& .venv\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\reviewer.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

# 4. Check: the frozen app says its version, and finds the bundled libvlc.
& dist\Reviewer\reviewer.exe --version
Write-Host "Built dist\Reviewer. Start dist\Reviewer\reviewer.exe; Help > About shows the libvlc version."
Write-Host "An installer: installer\windows\reviewer.iss (Inno Setup 6): iscc installer\windows\reviewer.iss"
