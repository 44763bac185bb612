; The Windows installer of mra-desktop (NSIS, Unicode): a per-user install (no
; administrator rights) of the PyInstaller folder into %LOCALAPPDATA%\Programs\mra-desktop,
; a Start-menu shortcut named in the language chosen at install (Arabic, French, English),
; .mrasync sync files, .mraid identity cards and .mrareceipt receipts opening with the
; program, and an uninstaller listed in Settings > Apps.
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\mra-desktop -DICON=build\icons\mra-desktop.ico
;            -DOUTFILE=dist\mra-desktop-0.1.0-setup.exe packaging\windows\mra-desktop.nsi
;
; BUNDLE holds mra-desktop.exe (windowed) and mra-desktop-cli.exe (console), as
; packaging/mra-desktop.spec builds them on Windows.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "VERSION is not defined (-DVERSION=...)"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined (-DBUNDLE=folder of the PyInstaller build)"
!endif
!ifndef ICON
  !error "ICON is not defined (-DICON=mra-desktop.ico)"
!endif
!ifndef OUTFILE
  !define OUTFILE "mra-desktop-${VERSION}-setup.exe"
!endif

!define PRODUCT "mra-desktop"
!define PUBLISHER "Mobilising for Rights Associates (MRA)"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define CLASSES "Software\Classes"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\mra-desktop.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

; the program's name in the Start menu, in the installer's language
LangString SHORTCUT ${LANG_ENGLISH} "MRA assessment meetings"
LangString SHORTCUT ${LANG_FRENCH} "Réunions d'évaluation MRA"
LangString SHORTCUT ${LANG_ARABIC} "لقاءات التقييم التشاركي"
LangString SYNC_FILE ${LANG_ENGLISH} "MRA sync file"
LangString SYNC_FILE ${LANG_FRENCH} "Fichier de synchronisation MRA"
LangString SYNC_FILE ${LANG_ARABIC} "ملف مزامنة MRA"
LangString IDENTITY_CARD ${LANG_ENGLISH} "MRA identity card"
LangString IDENTITY_CARD ${LANG_FRENCH} "Carte d’identification MRA"
LangString IDENTITY_CARD ${LANG_ARABIC} "بطاقة تعريف MRA"
LangString RECEIPT ${LANG_ENGLISH} "Receipt from MRA"
LangString RECEIPT ${LANG_FRENCH} "Accusé de réception de MRA"
LangString RECEIPT ${LANG_ARABIC} "إشعار استلام من MRA"

; a file type that opens with the program: "mra-desktop.exe" "FILE"
!macro FileType EXTENSION CLASS DESCRIPTION
  WriteRegStr HKCU "${CLASSES}\${EXTENSION}" "" "${CLASS}"
  WriteRegStr HKCU "${CLASSES}\${CLASS}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "${CLASSES}\${CLASS}\DefaultIcon" "" "$INSTDIR\mra-desktop.exe,0"
  WriteRegStr HKCU "${CLASSES}\${CLASS}\shell\open\command" "" '"$INSTDIR\mra-desktop.exe" "%1"'
!macroend

!macro RemoveFileType EXTENSION CLASS
  ReadRegStr $0 HKCU "${CLASSES}\${EXTENSION}" ""
  StrCmp $0 "${CLASS}" 0 +2
    DeleteRegKey HKCU "${CLASSES}\${EXTENSION}"
  DeleteRegKey HKCU "${CLASSES}\${CLASS}"
!macroend

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "mra-desktop" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; a new version replaces the program's files; the user's database lives elsewhere
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  File "/oname=mra-desktop.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\$(SHORTCUT).lnk" "$INSTDIR\mra-desktop.exe" "" "$INSTDIR\mra-desktop.ico"
  WriteRegStr HKCU "Software\${PRODUCT}" "ShortcutName" "$(SHORTCUT)"

  !insertmacro FileType ".mrasync" "MRA.SyncFile" "$(SYNC_FILE)"
  !insertmacro FileType ".mraid" "MRA.IdentityCard" "$(IDENTITY_CARD)"
  !insertmacro FileType ".mrareceipt" "MRA.Receipt" "$(RECEIPT)"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT} — $(SHORTCUT)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\mra-desktop.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ReadRegStr $0 HKCU "Software\${PRODUCT}" "ShortcutName"
  StrCmp $0 "" +2
    Delete "$SMPROGRAMS\$0.lnk"
  !insertmacro RemoveFileType ".mrasync" "MRA.SyncFile"
  !insertmacro RemoveFileType ".mraid" "MRA.IdentityCard"
  !insertmacro RemoveFileType ".mrareceipt" "MRA.Receipt"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "Software\${PRODUCT}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; the program's folder only: the meetings' database is in the user's data folder and stays
  RMDir /r "$INSTDIR"
SectionEnd
