#!/bin/sh
# Verkstad. With no arguments: the workbench window. With arguments: a command (verkstad --help).
# Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
# the version from the runtime's release file (no second JVM start), else from the JVM itself
release="$(dirname "$(dirname "$(readlink -f "$(command -v "$java")" 2>/dev/null || echo "$java")")")/release"
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null)
if [ -z "$version" ]; then
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
fi
if [ -z "$version" ] || [ "${version%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Verkstad needs Java 17 or newer (found: ${version:-none}). Install a JDK/JRE 17+ or set JAVA_HOME." >&2
  echo "Verkstad behöver Java 17 eller nyare (hittade: ${version:-ingen}). Installera Java 17+ eller ange JAVA_HOME." >&2
  exit 2
fi
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
vmargs="-Xms64m -Xmx2g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=17"
# on macOS, SWT must run on the process's first thread
[ "$(uname -s)" = Darwin ] && vmargs="$vmargs -XstartOnFirstThread"
# one-shot commands start faster with the quick compiler only; the diagram server runs long and needs the full
# one, and a young generation large enough that redrawing a big diagram after every edit rarely stops for GC
serving=""
case " $* " in *" serve "*) serving=1 ;; esac
if [ -n "$serving" ]; then vmargs="$vmargs -Xms512m -Xmn256m"; else vmargs="$vmargs -XX:TieredStopAtLevel=1"; fi
# Jetty (the diagram server) logs through SLF4J, which finds no provider under OSGi: keep it quiet
vmargs="$vmargs -Dslf4j.internal.verbosity=ERROR"
# without a session bus (a server, a container, Xvfb) SWT's session manager only prints two lines about
# dbus-launch at every start; with one, it stays on (it lets the desktop ask to save before logging out)
if [ -z "$DBUS_SESSION_BUS_ADDRESS" ] && [ ! -S "${XDG_RUNTIME_DIR:-/nonexistent}/bus" ]; then
  vmargs="$vmargs -Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true"
fi
# the libraries' own logging (Log4j 1 for Xtext, Log4j 2 for GLSP) goes to files, configured here
logging="-Dlog4j.configuration=file:$here/log4j.properties"
logging2="-Dlog4j2.configurationFile=$here/log4j2.properties"
# class data sharing: the first start of the workbench (or of a command) writes the classes it loaded to an
# archive in the user's cache, later starts map it instead of loading them again (about 0.6 s of 3.9 s). One
# archive per installation, build, Java and mode (the JVM would refuse one whose jars changed, without a word).
cache="${XDG_CACHE_HOME:-$HOME/.cache}/verkstad"
# the build, by the name of a jar that carries its time
build=$(cd "$here/plugins" 2>/dev/null && echo org.verkstad.core_*.jar)
# named <mode>-<installation and Java>-<build>.jsa: a new build's archive replaces the earlier builds' ones
installation=$(printf '%s' "$here $java $version" | cksum | cut -d ' ' -f 1)
archive() {
  earlier="$cache/$1-$installation-"
  jsa="$earlier$(printf '%s' "$build" | cksum | cut -d ' ' -f 1).jsa"
  if [ -r "$jsa" ]; then
    cds="-XX:SharedArchiveFile=$jsa -Xlog:disable -Xlog:all=error:stderr"
    dump=""
  elif mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
    # written under a name of its own and then renamed: two starts at once never share a half-written file
    dump="$jsa.$$"
    cds="-XX:ArchiveClassesAtExit=$dump -Xlog:disable -Xlog:all=error:stderr"
  else
    cds=""
    dump=""
  fi
}
# runs Java as this script's child (it has work to do afterwards) and passes a request to stop on to it: a
# service manager's or a test's SIGTERM ends Java too instead of leaving it running without its script. Java
# started in the background of a script ignores SIGINT, so Ctrl+C becomes a SIGTERM for it.
child() {
  # (a command in the background reads from /dev/null unless given the script's input by another number)
  exec 3<&0
  "$java" "$@" <&3 3<&- &
  pid=$!
  exec 3<&-
  trap 'kill -TERM "$pid" 2>/dev/null' INT TERM HUP
  while :; do
    wait "$pid"
    status=$?
    kill -0 "$pid" 2>/dev/null || break
  done
  trap - INT TERM HUP
}
dumped() {
  if [ -n "$dump" ]; then
    if [ -s "$dump" ]; then
      # the same mode's archives of this installation's earlier builds (some 25 MB each) go
      for old in "$earlier"*.jsa; do [ "$old" = "$jsa" ] || rm -f "$old"; done
      mv -f "$dump" "$jsa"
    else
      rm -f "$dump"
    fi
  fi
}
# a language and nothing else ("verkstad --lang sv"): the workbench in that language, this time
forced=""
case "$#:$1" in
  1:--lang=sv|1:--lang=nb|1:--lang=en) forced="${1#--lang=}"; set -- ;;
  2:--lang) case "$2" in sv|nb|en) forced="$2"; set -- ;; esac ;;
esac
if [ $# -eq 0 ]; then
  archive workbench
  # the workbench keeps the course projects in a workspace: ~/Verkstad unless VERKSTAD_WORKSPACE names another
  workspace="${VERKSTAD_WORKSPACE:-$HOME/Verkstad}"
  # the language chosen in the preferences (sv, nb, en; none: the system's), and a restart when the workbench asks (23)
  while :; do
    lang=$(sed -n -e 's/^language=sv$/sv/p' -e 's/^language=nb$/nb/p' -e 's/^language=en$/en/p' \
      "$workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.verkstad.ui.prefs" 2>/dev/null)
    # the language asked for on the command line, until the workbench restarts for one chosen in it
    [ -n "$forced" ] && lang="$forced" && forced=""
    if [ -n "$lang" ]; then
      # GTK's own dialogs (open and save, print) in that language too: gettext reads LANGUAGE, unless the
      # locale is plain C
      LANGUAGE="$lang"; [ "$lang" = nb ] && LANGUAGE="nb:no"; export LANGUAGE
      case "${LC_ALL:-${LC_MESSAGES:-${LANG:-C}}}" in
        C|POSIX) if [ -n "$LC_ALL" ]; then LC_ALL=C.UTF-8; export LC_ALL; else LC_MESSAGES=C.UTF-8; export LC_MESSAGES; fi ;;
      esac
      child $vmargs $cds "$logging" "$logging2" "-Dverkstad.lang=$lang" -jar "$launcher" -nl "$lang" -data "$workspace" -application org.verkstad.ui.app
    else
      child $vmargs $cds "$logging" "$logging2" -jar "$launcher" -data "$workspace" -application org.verkstad.ui.app
    fi
    dumped
    archive workbench
    [ "$status" -eq 23 ] || exit "$status"
  done
fi
# the commands start on a plain class path, without the OSGi framework: the bundles listed in commands.classpath
# (what the commands need, no workbench), their plugin.xml read into the same extension registry; about 0.4 s
# less at every start. serve (the diagram server) and VERKSTAD_OSGI=1 start in the framework as the workbench does.
if [ -z "$VERKSTAD_OSGI" ] && [ -z "$serving" ] && [ -r "$here/commands.classpath" ]; then
  classpath=""
  while IFS= read -r name; do
    case "$name" in ''|'#'*) continue ;; esac
    for jar in "$here"/plugins/"$name"_*.jar; do classpath="$classpath${classpath:+:}$jar"; done
  done < "$here/commands.classpath"
  # an archive per command: each loads other classes (--version a few hundred, export some thousands)
  command=""
  skip=""
  for argument in "$@"; do
    if [ -n "$skip" ]; then skip=""; continue; fi
    case "$argument" in
      --lang) skip=1 ;;
      -*) ;;
      *) command="$argument"; break ;;
    esac
  done
  case "$command" in *[!a-z]*) command="" ;; esac
  set -- -cp "$classpath" org.verkstad.cli.Main "$@"
  archive "commands${command:+-$command}"
else
  set -- -jar "$launcher" -nosplash -data @none -application org.verkstad.cli.app "$@"
  archive command
fi
if [ -z "$dump" ]; then
  exec "$java" $vmargs $cds "$logging" "$logging2" -Djava.awt.headless=true "$@"
fi
child $vmargs $cds "$logging" "$logging2" -Djava.awt.headless=true "$@"
dumped
exit "$status"
