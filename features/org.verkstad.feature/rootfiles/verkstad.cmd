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
if "%~1"=="" goto workbench
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -data @none -application org.verkstad.cli.app %*
exit /b %ERRORLEVEL%

:workbench
rem the workbench keeps the course projects in a workspace: %USERPROFILE%\Verkstad unless VERKSTAD_WORKSPACE names another;
rem the diagrams are shown by Edge (WebView2)
set "WORKSPACE=%USERPROFILE%\Verkstad"
if defined VERKSTAD_WORKSPACE set "WORKSPACE=%VERKSTAD_WORKSPACE%"
:again
rem the language chosen in the preferences (sv, en; none: the system's), and a restart when the workbench asks (23)
set "NL="
for /f "tokens=2 delims==" %%l in ('findstr /b /c:"language=" "%WORKSPACE%\.metadata\.plugins\org.eclipse.core.runtime\.settings\org.verkstad.ui.prefs" 2^>nul') do set "NL=%%l"
set "NLARGS="
if "%NL%"=="sv" set "NLARGS=-Dverkstad.lang=sv -jar "%LAUNCHER%" -nl sv"
if "%NL%"=="en" set "NLARGS=-Dverkstad.lang=en -jar "%LAUNCHER%" -nl en"
if not defined NLARGS set "NLARGS=-jar "%LAUNCHER%""
"%JAVAW%" %VMARGS% -Dorg.eclipse.swt.browser.DefaultType=edge %NLARGS% -data "%WORKSPACE%" -application org.verkstad.ui.app
if %ERRORLEVEL%==23 goto again
exit /b %ERRORLEVEL%
