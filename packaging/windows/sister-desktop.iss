; Inno Setup 6 script: per-user installer for SISTER Desktop (no administrator rights needed).
;
; Built by packaging\build.py --installer, which passes the version and the PyInstaller folder:
;   ISCC /DAppVersion=0.1.0 /DDistDir=C:\src\sister-desktop\dist\sister-desktop sister-desktop.iss
;
; Upgrades: the AppId below never changes, so a newer installer replaces the program in the
; same folder. The database, settings and logs are not in that folder: the program keeps them
; in the user's data folders (%LOCALAPPDATA%\SISTER Desktop\sister-desktop\...), which neither
; an upgrade nor the uninstaller touches. Never point DefaultDirName at those folders.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\sister-desktop"
#endif
#define AppName "SISTER Desktop"
#define GuiExe "sister-desktop-gui.exe"

[Setup]
; Keep this AppId for every release: it is how an upgrade finds the installed version.
AppId={{7CFBFAAC-E3F6-4A33-B894-F8D95C2EC25E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per user: {autopf} is %LOCALAPPDATA%\Programs when installing without elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
UsePreviousAppDir=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputBaseFilename=sister-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\sister-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask the operator to close a running SISTER Desktop before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Indonesian first, so it is the default. Inno Setup ships it among its unofficial translations;
; put Indonesian.isl into the compiler's Languages\Unofficial folder (see packaging\README.md).
#if FileExists(CompilerPath + "Languages\Unofficial\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Unofficial\Indonesian.isl"
#elif FileExists(CompilerPath + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of the previous version go first, so none of them is loaded by the new program.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the operator's database and logs stay (see the top of this file).
Type: dirifempty; Name: "{app}"
