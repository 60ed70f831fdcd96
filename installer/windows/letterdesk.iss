; Inno Setup 6 script of LetterDesk (函据通): LetterDesk-Setup-<version>.exe
;
; Built by installer/build.py --installer (or the Windows CI workflow), which passes:
;   /DAppVersion=0.1.0          the version string (desktop_app.__version__)
;   /DAppNumericVersion=0.1.0.0 four numbers for the file's version resource
;   /DBundleDir=...\build\dist\LetterDesk   the PyInstaller one-folder bundle
;   /DRepoRoot=...              the repository (for the icon)
; By hand, from the repository root, after `python installer/build.py`:
;   iscc /DAppVersion=0.1.0 installer\windows\letterdesk.iss
;
; Per-user install, no administrator rights: {localappdata}\Programs\LetterDesk.
; No file associations. The uninstaller removes only what Setup installed: the user's data
; (platformdirs user_data_dir: %LOCALAPPDATA%\LetterDesk, or LETTERDESK_HOME) is not under
; {app} and is never deleted.
; This file is UTF-8 with a BOM: Inno Setup needs the BOM to read the Chinese text.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z letterdesk.iss
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef RepoRoot
  #define RepoRoot AddBackslash(SourcePath) + "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\build\dist\LetterDesk"
#endif
#if !FileExists(BundleDir + "\letterdesk-gui.exe")
  #error The bundle is missing: run python installer\build.py first (looked in BundleDir)
#endif

; ChineseSimplified.isl moved from Languages\Unofficial\ (Inno Setup 6.0-6.4, not shipped)
; into the official Languages\ folder in later releases. Use whichever exists, or a copy put
; next to this script; without one, the wizard runs in English and only our own messages
; ([CustomMessages] below) are in Chinese.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages "ChineseSimplified.isl"
#else
  #define ChineseMessages "compiler:Default.isl"
  #pragma message "ChineseSimplified.isl not found: Chinese wizard pages fall back to English"
#endif

#define AppName "LetterDesk"
#define AppExe "letterdesk-gui.exe"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{FAF2965C-769E-40FF-BB42-CCA85D4920AE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LetterDesk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ChangesAssociations=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#RepoRoot}\resources\icons\letterdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputBaseFilename=LetterDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "chinesesimp"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimp.ShortcutName=函据通 LetterDesk
chinesesimp.ShortcutComment=催款函、违约金计算、收据与 Excel 台账
chinesesimp.DesktopIconTask=创建桌面快捷方式(&D)
chinesesimp.ShortcutsGroup=快捷方式：
chinesesimp.LaunchAfterInstall=启动 函据通
english.ShortcutName=LetterDesk
english.ShortcutComment=Payment demands, penalties, receipts and an Excel ledger
english.DesktopIconTask=Create a &desktop shortcut
english.ShortcutsGroup=Shortcuts:
english.LaunchAfterInstall=Start LetterDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: stale libraries from the previous version must not
; linger next to the new ones. Only {app}\_internal, never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchAfterInstall}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes the files listed above and nothing else, so
; letters, the ledger and settings in the data folder survive an uninstall or an upgrade.
