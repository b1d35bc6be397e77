; Inno Setup 6.3+ script (x64compatible needs 6.3): RigSizer's Windows installer.
;
; Build it with `python3 packaging/build.py --installer` on Windows (runs ISCC.exe with the
; version from pyproject.toml), or by hand after `python3 packaging/build.py`:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\RigSizer /O..\..\dist packaging\windows\rigsizer.iss
;
; Per-user install: no administrator prompt, files go to %LOCALAPPDATA%\Programs\RigSizer,
; a Start-menu entry for the window, and an uninstaller under "Apps & features". The numba
; kernel cache lives in %LOCALAPPDATA%\RigSizer\RigSizer\Cache\numba (app/runtime_env.py); the
; uninstaller removes it too, since it is only compiled code that the next install rebuilds.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build.py reads it from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\RigSizer"
#endif

[Setup]
; A fixed AppId keeps upgrades in place and the uninstaller entry single; never change it.
AppId={{8E0C6B52-3F4A-4C1E-9B7D-2A6F5D1C9E47}
AppName=RigSizer
AppVersion={#AppVersion}
AppVerName=RigSizer {#AppVersion}
AppPublisher=RigSizer
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\RigSizer
DefaultGroupName=RigSizer
DisableProgramGroupPage=yes
Uninstallable=yes
UninstallDisplayIcon={app}\rigsizer.exe
UninstallDisplayName=RigSizer
OutputBaseFilename=RigSizer-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; PySide6 and numba wheels are 64-bit only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
CloseApplications=yes
; Rendered from assets/icons/app.svg by build.py (packaging/make_icons.py).
#ifexist "..\..\build\icons\rigsizer.ico"
SetupIconFile=..\..\build\icons\rigsizer.ico
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is not among Inno Setup's official translations; it is used when the
; unofficial file is installed next to ISCC, and the English wizard otherwise.
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\RigSizer"; Filename: "{app}\rigsizer.exe"
; cmd /k strips one pair of outer quotes, so the program path (which may hold spaces: a
; user name) is quoted twice.
Name: "{group}\RigSizer command line"; Filename: "{cmd}"; Parameters: "/k """"{app}\rigsizer-cli.exe"" --help"""; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,RigSizer}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\RigSizer"; Filename: "{app}\rigsizer.exe"; Tasks: desktopicon

[Run]
; Compile the numba kernels for this CPU into the user's cache now, so the first launch opens
; with results instead of a "preparing the estimator" wait; its exit code does not matter here.
Filename: "{app}\rigsizer-cli.exe"; Parameters: "--self-test"; StatusMsg: "Preparing the estimator for this computer..."; Flags: runhidden waituntilterminated
Filename: "{app}\rigsizer.exe"; Description: "{cm:LaunchProgram,RigSizer}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Compiled kernels only; the user's profiles and settings are left where they are.
Type: filesandordirs; Name: "{localappdata}\RigSizer\RigSizer\Cache\numba"
