; Inno Setup 6 script: turns the PyInstaller folder dist\carnet\ into one installer.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\carnet.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\carnet.iss
;
; Output: dist\installer\Carnet-0.1.0-setup.exe. Installs per user by default
; (no administrator rights needed; a worker's laptop is often locked down), or
; for all users if the person installing chooses so. The vault is never inside
; the installation folder, so uninstalling never touches it.

#define MyAppName "Carnet"
#define MyAppVersion "0.1.0"
#define MyAppPublisher "The Carnet contributors"
#define MyAppExeName "carnet.exe"
; Paths below are relative to this script's folder (packaging\windows).
#define Root "..\.."

[Setup]
; A fixed GUID: upgrades replace the previous installation instead of adding one.
AppId={{6F1C5E2A-8C1D-4B7E-9A53-3C2B7D0E4F61}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist\installer
OutputBaseFilename=Carnet-{#MyAppVersion}-setup
SetupIconFile=carnet.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Nothing about persons lives here; still, no log file beside the installer.
SetupLogging=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopIcon=Créer une icône sur le bureau
english.DesktopIcon=Create a desktop icon
french.LaunchCarnet=Lancer Carnet
english.LaunchCarnet=Start Carnet

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\carnet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchCarnet}"; Flags: nowait postinstall skipifsilent
