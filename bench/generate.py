#!/usr/bin/env python3
"""Writes a generated model of about N elements in Verkstad's text format, for the scaling benchmark.

    bench/generate.py process|journey|swot|boxes N > FILE

The content is like a course participant's, only much more of it: Swedish names with å, ä, ö, links
where the notation has them (a decision every tenth step looping back, pains linked to the journey's own
needs, TOWS strategies pairing items).
"""
import sys


def process(n):
    out = ['process genererad "Genererad process" {', '\tabout {', '\t\tauthor "Bänk"', '\t}']
    lanes = 5
    per_lane = [[] for _ in range(lanes)]
    flows = []
    count, step, prev, last_activity = 2, 0, 's', None
    per_lane[0].append('\t\tstart s "Start"')
    while count < n - 2:
        step += 1
        lane = step % lanes
        if step % 10 == 0 and last_activity:
            node = f'd{step}'
            per_lane[lane].append(f'\t\tdecision {node} "Är ärende {step} komplett?"')
            count += 1
        else:
            node = f'a{step}'
            problem = f'\n\t\t\tproblem p{step} "Väntan på komplettering"' if step % 5 == 0 else ''
            per_lane[lane].append(f'\t\tactivity {node} "Aktivitet {step} – åtgärd" {{\n\t\t\ttime {5 + step % 7} min\n'
                                  f'\t\t\twait {step % 3} hours\n\t\t\tcost {100 + step % 11}\n\t\t\tfrequency 1200\n'
                                  f'\t\t\tsystem "Ärendehanteringssystem"{problem}\n\t\t}}')
            count += 2 if step % 5 == 0 else 1
        if prev.startswith('d'):
            flows.append(f'\tflow {prev} -> {node} when "Ja"')
            flows.append(f'\tflow {prev} -> {last_activity} when "Nej"')
            count += 2
        else:
            flows.append(f'\tflow {prev} -> {node}')
            count += 1
        if node.startswith('a'):
            last_activity = node
        prev = node
    per_lane[0].append('\t\tend e "Klart"')
    flows.append(f'\tflow {prev} -> e' + (' when "Ja"' if prev.startswith('d') else ''))
    if prev.startswith('d'):
        flows.append(f'\tflow {prev} -> {last_activity} when "Nej"')
    for i, nodes in enumerate(per_lane):
        out.append(f'\tlane l{i} "Roll {i + 1}" {{')
        out.extend(nodes)
        out.append('\t}')
    out.extend(flows)
    out.append('}')
    return out


def journey(n):
    out = ['journey genererad "Genererad kundresa" {', '\tabout {', '\t\tauthor "Bänk"', '\t}',
           '\tpersona p "Familjen Nilsson"']
    count, phase = 2, 0
    while count < n:
        phase += 1
        out.append(f'\tphase ph{phase} "Fas {phase} – planerar kök" {{')
        out.append(f'\t\temotion {phase % 5 - 2:+d}')
        out.append(f'\t\taction ac{phase} "Jämför alternativ {phase}"')
        out.append(f'\t\ttouchpoint tp{phase} "Webbplats {phase}" via web')
        out.append(f'\t\tpain pp{phase} "Oändliga alternativ {phase}"')
        out.append(f'\t\tgain gp{phase} "Leva sig in i hur det blir {phase}"')
        out.append(f'\t\tneed n{phase} "Färre alternativ {phase}"')
        out.append(f'\t\tsolution is{phase} "Köksväljaren {phase}" {{\n\t\t\tmeets n{phase}\n\t\t}}')
        out.append('\t}')
        count += 8
    out.append('}')
    return out


def swot(n):
    out = ['swot genererad "Genererad SWOT" {', '\tabout {', '\t\tauthor "Bänk"', '\t}']
    quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats']
    per = max(1, (n - 1) * 9 // 10 // 4)
    for q, name in enumerate(quadrants):
        out.append(f'\t{name} {{')
        for i in range(per):
            out.append(f'\t\titem {name[0]}{i} "Punkt {i} – {name} för biblioteket i Västerbotten"')
        out.append('\t}')
    kinds = ['SO', 'WO', 'ST', 'WT']
    for i in range(max(1, (n - 1) // 10)):
        k = kinds[i % 4]
        a = 's' if k[0] == 'S' else 'w'
        b = 'o' if k[1] == 'O' else 't'
        out.append(f'\tstrategy {k} st{i} "Strategi {i} – använd förtroendet" {{\n\t\tinternal {a}{i % per}\n'
                   f'\t\texternal {b}{i % per}\n\t}}')
    out.append('}')
    return out


def boxes(n):
    out = ['boxes genererad "Genererade tre lådor" group "Grupp 1" {', '\tabout {', '\t\tauthor "Bänk"', '\t}']
    kinds = [('present', 'today-in-box-1'), ('forget', 'put-in-box-2'), ('future', 'today-in-box-3')]
    per = max(1, (n - 4) // 3)
    for b, (kind, prompt) in enumerate(kinds):
        out.append(f'\tbox {kind} box-{b + 1} "Låda {b + 1}" {{')
        for i in range(per):
            out.append(f'\t\tnote b{b}n{i} "Lapp {i} – rutin att förändra" {prompt}')
        out.append('\t}')
    out.append('}')
    return out


if __name__ == '__main__':
    kind, size = sys.argv[1], int(sys.argv[2])
    sys.stdout.write('\n'.join({'process': process, 'journey': journey, 'swot': swot, 'boxes': boxes}[kind](size)) + '\n')
