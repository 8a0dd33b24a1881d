#!/usr/bin/env python3
"""Regenerate verkstad.target from roots.txt (see the header of roots.txt).

Usage: releng/org.verkstad.target/update-target.py             (needs python3, network access to Maven Central)
       releng/org.verkstad.target/update-target.py --outdated  lists the pins that have newer releases:
           a newer patch (same major.minor: take it, it fixes bugs and security holes) and the newest
           release (a newer minor or major: read its notes first); exit status 1 when a patch is waiting
The result is a pinned closure: every bundle with an exact version, nothing left to a range.
"""
import os, re, struct, subprocess, sys, urllib.request, xml.sax.saxutils as su

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
CENTRAL = 'https://repo.maven.apache.org/maven2/'
PRE = re.compile(r'(M\d|RC|alpha|beta|SNAPSHOT)', re.I)


def versions(g, a):
    x = urllib.request.urlopen(f"{CENTRAL}{g.replace('.', '/')}/{a}/maven-metadata.xml").read().decode()
    return re.findall(r'<version>([^<]+)</version>', x)


def build_date(g, a, v):
    """Date of the first jar entry (Tycho stamps entries with the build/commit date)."""
    url = f"{CENTRAL}{g.replace('.', '/')}/{a}/{v}/{a}-{v}.jar"
    try:
        head = urllib.request.urlopen(urllib.request.Request(url, headers={'Range': 'bytes=0-63'})).read()
    except Exception:
        return None
    if head[:4] != b'PK\x03\x04':
        return None
    _, d = struct.unpack('<HH', head[10:14])
    return f"{(d >> 9) + 1980:04d}-{(d >> 5) & 15:02d}-{d & 31:02d}"


def vkey(v):
    return [int(p) if p.isdigit() else -1 for p in re.split(r'[.-]', v)]


def train_version(g, a, cutoff):
    for v in sorted((v for v in versions(g, a) if not PRE.search(v)), key=vkey, reverse=True):
        d = build_date(g, a, v)
        if d and d <= cutoff:
            return v
    sys.exit(f'no release of {g}:{a} built on or before {cutoff}')


def read_roots():
    cutoff, train, pins, roots, wraps, excludes = None, [], {}, [], [], {}
    for line in open(os.path.join(HERE, 'roots.txt'), encoding='utf-8'):
        line = line.split('#', 1)[0].split()
        if not line:
            continue
        if line[0] == 'cutoff':
            cutoff = line[1]
        elif line[0] == 'train':
            train += line[1:]
        elif line[0] == 'pin':
            g, a, v = line[1].split(':')
            pins[(g, a)] = v
        elif line[0] == 'root':
            g, a = line[1].split(':')
            roots.append((g, a))
        elif line[0] == 'wrap':
            wraps.append((line[1], line[2], line[3]))
        elif line[0] == 'exclude':
            excludes[tuple(line[1].split(':'))] = [tuple(x.split(':')) for x in line[2:]]
    return cutoff, train, pins, roots, wraps, excludes


def helper_pom(pins, roots, excludes):
    exclusions = lambda g, a: ''.join(f'<exclusion><groupId>{x}</groupId><artifactId>{y}</artifactId></exclusion>'
                                      for x, y in excludes.get((g, a), []))
    dep = lambda g, a, v: (f'<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>'
                           f'<exclusions>{exclusions(g, a)}</exclusions></dependency>')
    return f'''<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>org.verkstad.releng</groupId><artifactId>target-closure</artifactId><version>1</version><packaging>pom</packaging>
<dependencyManagement><dependencies>{''.join(dep(g, a, v) for (g, a), v in sorted(pins.items()))}</dependencies></dependencyManagement>
<dependencies>{''.join(dep(g, a, pins[(g, a)]) for g, a in roots)}</dependencies></project>'''


def closure(pins, roots, excludes):
    work = os.path.join(HERE, 'target', 'closure')
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, 'pom.xml'), 'w') as f:
        f.write(helper_pom(pins, roots, excludes))
    out = os.path.join(work, 'list.txt')
    subprocess.run([os.path.join(ROOT, 'mvnw'), '-q', '-B', '-f', os.path.join(work, 'pom.xml'),
                    '-Dosgi.platform=gtk.linux.x86_64', 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list',
                    '-DincludeScope=runtime', f'-DoutputFile={out}', '-DoutputAbsoluteArtifactFilename=false'],
                   check=True, cwd=ROOT)
    found = []
    for line in open(out):
        m = re.match(r'\s+([^:\s]+):([^:]+):jar:(?:([^:]+):)?([^:]+):(compile|runtime)', line)
        if m:
            found.append((m.group(1), m.group(2), m.group(4)))
    return found


def outdated():
    """Prints, per pinned artifact, the newest patch of its major.minor and the newest release; 1 when a patch waits."""
    _, _, pins, _, _, _ = read_roots()
    waiting = 0
    for (g, a), v in sorted(pins.items()):
        try:
            # the same flavour (guava's -jre, not -android), no date-like numbers of an old scheme (20040117)
            suffix = re.sub(r'^[\d.]+', '', v)
            released = [r for r in versions(g, a) if not PRE.search(r) and re.sub(r'^[\d.]+', '', r) == suffix
                        and (vkey(r)[0] < 1000 or vkey(v)[0] >= 1000)]
        except Exception as e:
            print(f'{g}:{a} {v}: cannot be looked up ({e})')
            continue
        minor = v.split('.')[:2]
        patches = [r for r in released if r.split('.')[:2] == minor and vkey(r) > vkey(v)]
        newest = max(released, key=vkey) if released else v
        patch = max(patches, key=vkey) if patches else None
        if patch or vkey(newest) > vkey(v):
            waiting += 1 if patch else 0
            print(f'{g}:{a} {v}: ' + (f'patch {patch}' if patch else 'no newer patch')
                  + (f', newest {newest}' if vkey(newest) > vkey(patch or v) else ''))
    print(f'{waiting} pinned artifacts have a newer patch release')
    return 1 if waiting else 0


def main():
    if '--outdated' in sys.argv[1:]:
        sys.exit(outdated())
    cutoff, train, pins, roots, wraps, excludes = read_roots()
    for g, a in roots:
        if (g, a) not in pins:
            pins[(g, a)] = train_version(g, a, cutoff)
    while True:
        found, added = closure(pins, roots, excludes), False
        for g, a, v in found:
            if (g, a) not in pins:
                pins[(g, a)] = train_version(g, a, cutoff) if g in train else v
                added = True
        if not added:
            break
    units = ''.join(f'''
        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>jar</type></dependency>'''
                    for g, a, v in sorted(found))
    # jars without an OSGi manifest that other bundles require under an Orbit name
    instructions = ''.join(f'''
      <instructions reference="{ga.split(':')[0]}:{ga.split(':')[1]}::{pins[tuple(ga.split(':'))]}"><![CDATA[
Bundle-Name:           {bsn}
Bundle-SymbolicName:   {bsn}
Bundle-Version:        {version}
Import-Package:        *;resolution:=optional
Export-Package:        *;version="{version}";-noimport:=true
DynamicImport-Package: *
]]></instructions>''' for ga, bsn, version in wraps)
    with open(os.path.join(HERE, 'verkstad.target'), 'w', encoding='utf-8') as f:
        f.write(f'''<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?pde version="3.8"?>
<!-- Generated by update-target.py from roots.txt: do not edit by hand. -->
<target name="verkstad" sequenceNumber="1">
  <locations>
    <location includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false" missingManifest="generate" type="Maven">
      <dependencies>{units}
      </dependencies>{instructions}
    </location>
  </locations>
  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-17"/>
</target>
''')
    print(f'verkstad.target: {len(found)} artifacts')


if __name__ == '__main__':
    main()
