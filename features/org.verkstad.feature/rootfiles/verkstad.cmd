@echo off
rem Verkstad. With no arguments: the workbench window. With arguments: a command (verkstad --help).
rem Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe" & set "JAVAW=%JAVA_HOME%\bin\javaw.exe") else (set "JAVA=java" & set "JAVAW=javaw")
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
rem Java 17 or newer: the major version from the first line of "java -version" (1.8.0_x is 8, 17.0.2 is 17), read
rem from a file, which works whatever spaces or brackets the path to Java has
set "JVERSION="
set "JMAJOR=0"
set "JOUT=%TEMP%\verkstad-java-%RANDOM%.txt"
"%JAVA%" -version 2> "%JOUT%" >nul
for /f "usebackq tokens=3" %%v in ("%JOUT%") do if not defined JVERSION set "JVERSION=%%~v"
del "%JOUT%" >nul 2>&1
if defined JVERSION for /f "delims=.-+_" %%m in ("%JVERSION%") do set "JMAJOR=%%m"
if "%JMAJOR%"=="1" set "JMAJOR=8"
set /a JMAJOR=%JMAJOR%+0 2>nul
if %JMAJOR% EQU 0 set "JVERSION=none"
if %JMAJOR% LSS 17 goto nojava
set "VMARGS=-Xms64m -Xmx2g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=17 -Dslf4j.internal.verbosity=ERROR -Dlog4j.configuration=file:%HERE%log4j.properties -Dlog4j2.configurationFile=%HERE%log4j2.properties"
rem one-shot commands start faster with the quick compiler only; the diagram server runs long and needs the full one, and a large young generation (it redraws after every edit)
echo %* | findstr /r /c:"\<serve\>" >nul && set "VMARGS=%VMARGS% -Xms512m -Xmn256m" || set "VMARGS=%VMARGS% -XX:TieredStopAtLevel=1"
rem a language and nothing else ("verkstad --lang sv"): the workbench in that language, this time
set "FORCED="
if "%~1"=="--lang" if "%~3"=="" if "%~2"=="sv" set "FORCED=sv"
if "%~1"=="--lang" if "%~3"=="" if "%~2"=="en" set "FORCED=en"
if "%~1"=="--lang" if "%~3"=="" if "%~2"=="nb" set "FORCED=nb"
if "%~1"=="--lang=nb" if "%~2"=="" set "FORCED=nb"
if "%~1"=="--lang=sv" if "%~2"=="" set "FORCED=sv"
if "%~1"=="--lang=en" if "%~2"=="" set "FORCED=en"
if defined FORCED goto workbench
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
if defined FORCED set "NL=%FORCED%" & set "FORCED="
set "NLARGS="
if "%NL%"=="sv" set "NLARGS=-Dverkstad.lang=sv -jar "%LAUNCHER%" -nl sv"
if "%NL%"=="en" set "NLARGS=-Dverkstad.lang=en -jar "%LAUNCHER%" -nl en"
if "%NL%"=="nb" set "NLARGS=-Dverkstad.lang=nb -jar "%LAUNCHER%" -nl nb"
if not defined NLARGS set "NLARGS=-jar "%LAUNCHER%""
"%JAVAW%" %VMARGS% -Dorg.eclipse.swt.browser.DefaultType=edge %NLARGS% -data "%WORKSPACE%" -application org.verkstad.ui.app
if %ERRORLEVEL%==23 goto again
exit /b %ERRORLEVEL%

:nojava
echo Verkstad needs Java 17 or newer (found: %JVERSION%). Install a JDK/JRE 17+ or set JAVA_HOME. 1>&2
echo Verkstad behover Java 17 eller nyare (hittade: %JVERSION%). Installera Java 17+ eller ange JAVA_HOME. 1>&2
exit /b 2
