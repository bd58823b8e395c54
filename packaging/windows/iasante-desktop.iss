; Inno Setup 6 script: a per-user installer (no administrator rights) for the PyInstaller onedir.
; Run by packaging/build.py, which passes the version and folders:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\iasante-desktop /DOutputDir=dist packaging\windows\iasante-desktop.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\iasante-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; A fixed AppId lets a new version replace the old one in place.
AppId={{6B0E1F0C-5E2A-4B8E-9A57-1D3C2F7A9E41}
AppName=IA pour la Santé — dossier
AppVersion={#AppVersion}
AppPublisher=iasante-desktop
DefaultDirName={autopf}\iasante-desktop
DefaultGroupName=IA pour la Santé
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=iasante-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\iasante-desktop.exe
ChangesAssociations=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\IA pour la Santé — dossier"; Filename: "{app}\iasante-desktop.exe"
Name: "{autodesktop}\IA pour la Santé — dossier"; Filename: "{app}\iasante-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Double-clicking a draft (.iasante) opens it in the app.
Root: HKA; Subkey: "Software\Classes\.iasante"; ValueType: string; ValueName: ""; ValueData: "IasanteDesktop.Draft"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\IasanteDesktop.Draft"; ValueType: string; ValueName: ""; ValueData: "Brouillon IA pour la Santé"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\IasanteDesktop.Draft\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\iasante-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\IasanteDesktop.Draft\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\iasante-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\iasante-desktop.exe"; Description: "{cm:LaunchProgram,IA pour la Santé}"; Flags: nowait postinstall skipifsilent
