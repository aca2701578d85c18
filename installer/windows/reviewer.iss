; Inno Setup 6 script: a per-user installer for dist\Reviewer (made by build.ps1).
; NOT TESTED HERE; see installer/README.md, "Windows".
;   iscc installer\windows\reviewer.iss   ->  dist\Reviewer-0.1.0-setup.exe
#define Version "0.1.0"

[Setup]
AppId={{6C0E2C35-5C3B-4B0E-9D0B-52565752A001}
AppName=Reviewer
AppVersion={#Version}
AppPublisher=Reviewer developers
DefaultDirName={localappdata}\Programs\Reviewer
DefaultGroupName=Reviewer
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Reviewer-{#Version}-setup
SetupIconFile=..\..\resources\icons\reviewer.ico
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\..\dist\Reviewer\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Reviewer"; Filename: "{app}\reviewer.exe"
Name: "{userdesktop}\Reviewer"; Filename: "{app}\reviewer.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "A desktop shortcut"; Flags: unchecked

[Registry]
; .review files open in Reviewer (for this user)
Root: HKCU; Subkey: "Software\Classes\.review"; ValueType: string; ValueData: "Reviewer.Project"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Reviewer.Project"; ValueType: string; ValueData: "Reviewer project"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Reviewer.Project\DefaultIcon"; ValueType: string; ValueData: "{app}\reviewer.exe,0"
Root: HKCU; Subkey: "Software\Classes\Reviewer.Project\shell\open\command"; ValueType: string; ValueData: """{app}\reviewer.exe"" ""%1"""

[Run]
Filename: "{app}\reviewer.exe"; Description: "Start Reviewer"; Flags: nowait postinstall skipifsilent
