@echo off
rem Verkstad. With no arguments: the workbench window. With arguments: a command (verkstad --help).
rem Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe" & set "JAVAW=%JAVA_HOME%\bin\javaw.exe") else (set "JAVA=java" & set "JAVAW=javaw")
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
set "VMARGS=-Xms64m -Xmx2g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=17 -Dslf4j.internal.verbosity=ERROR -Dlog4j.configuration=file:%HERE%log4j.properties -Dlog4j2.configurationFile=%HERE%log4j2.properties"
rem one-shot commands start faster with the quick compiler only; the diagram server runs long and needs the full one, and a large young generation (it redraws after every edit)
echo %* | findstr /r /c:"\<serve\>" >nul && set "VMARGS=%VMARGS% -Xms512m -Xmn256m" || set "VMARGS=%VMARGS% -XX:TieredStopAtLevel=1"
if "%~1"=="" (
  start "Verkstad" "%JAVAW%" %VMARGS% -Dorg.eclipse.swt.browser.DefaultType=edge -jar "%LAUNCHER%" -data "%USERPROFILE%\Verkstad" -application org.verkstad.ui.app
  exit /b 0
)
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -data @none -application org.verkstad.cli.app %*
exit /b %ERRORLEVEL%
