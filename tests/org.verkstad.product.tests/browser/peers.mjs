// Verkstad against the tools a course could use instead, measured side by side in one run (issue 22):
//  1. the command line's start: `verkstad --version` against `plantuml -version`;
//  2. a whole export command: `verkstad export MAP --format svg` of a generated map (190 steps, 19
//     decisions with a rework step each, 4 lanes: 230 nodes) against PlantUML drawing the same map as an
//     activity diagram with swimlanes (`java -jar plantuml.jar -tsvg`);
//  3. the first draw in a fresh chromium page: a 602-node map (500 steps, 50 decisions, 50 rework steps)
//     opened from `verkstad serve` until the page says it is drawn, against bpmn-js's modeler importing
//     and drawing the same map as BPMN with DI (written by `verkstad export --format bpmn`) from a page.
// Each measure is taken in interleaved pairs (PAIRS, at least 7; the order swapped every pair), and the
// medians, their ratio and the machine's load are printed as BENCHMARK lines. PlantUML comes from Maven
// Central (the version the target platform pins), bpmn-js from npm (package-lock.json). No test waits on it.
//
//   VERKSTAD_PRODUCT=… node peers.mjs        (bench/peers.sh sets it up)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { artifacts, launch, product, serve } from './verkstad.mjs';

const PAIRS = Math.max(7, Number(process.env.PAIRS ?? 9));
const PLANTUML_VERSION = '1.2025.10';
const PLANTUML_SHA1 = process.env.PLANTUML_SHA1; // checked against Central's .sha1 when not given
const dir = path.join(artifacts, 'peers');

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A map of `steps` steps in `lanes` lanes with `decisions` decisions, each sending the case to a rework step; as Verkstad's text and as PlantUML. */
function generate(steps, decisions, lanes) {
    const every = Math.floor(steps / (decisions + 1));
    const inLane = [...Array(lanes)].map(() => []);
    const flows = [];
    const uml = ['@startuml', `|Roll 1|`, 'start'];
    let previous = 's';
    let lane = 0;
    inLane[0].push('\t\tstart s "Start"');
    let decision = 0;
    for (let i = 1; i <= steps; i++) {
        lane = i % lanes;
        const id = `a${i}`;
        inLane[lane].push(`\t\tactivity ${id} "Handläggningssteg ${i} – kontroll" {\n\t\t\ttime ${5 + (i % 7)} min\n\t\t\tcost ${100 + (i % 11)}\n\t\t}`);
        uml.push(`|Roll ${lane + 1}|`, `:Handläggningssteg ${i} – kontroll;`);
        if (previous.startsWith('d')) {
            flows.push(`\tflow ${previous} -> ${id} when "Ja"`, `\tflow r${decision} -> ${id}`);
        } else {
            flows.push(`\tflow ${previous} -> ${id}`);
        }
        previous = id;
        if (i % every === 0 && decision < decisions) {
            decision++;
            inLane[lane].push(`\t\tdecision d${decision} "Är underlag ${decision} komplett?"`);
            inLane[lane].push(`\t\tactivity r${decision} "Begär komplettering ${decision}" {\n\t\t\ttime 15 min\n\t\t}`);
            flows.push(`\tflow ${id} -> d${decision}`, `\tflow d${decision} -> r${decision} when "Nej"`);
            uml.push(`if (Är underlag ${decision} komplett?) then (Ja)`, 'else (Nej)', `:Begär komplettering ${decision};`, 'endif');
            previous = `d${decision}`;
        }
    }
    inLane[lane].push('\t\tend e "Klart"');
    flows.push(previous.startsWith('d') ? `\tflow ${previous} -> e when "Ja"` : `\tflow ${previous} -> e`);
    if (previous.startsWith('d')) {
        flows.push(`\tflow r${decision} -> e`);
    }
    uml.push('stop', '@enduml', '');
    const text = [`process karta "Genererad karta: ${steps} steg" {`];
    inLane.forEach((nodes, i) => text.push(`\tlane l${i + 1} "Roll ${i + 1}" {`, ...nodes, '\t}'));
    text.push(...flows, '}', '');
    return { text: text.join('\n'), uml: uml.join('\n'), nodes: steps + 2 * decisions + 2 };
}

/** A command's wall time; it must succeed, or (`printed`) print that text whatever its exit status. */
function run(command, args, printed) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (printed ? !`${result.stdout}${result.stderr}`.includes(printed) : result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    }
    return ms;
}

/** Interleaved pairs of two measures, the order swapped every pair; their medians and ratio. */
async function pairs(name, ours, theirs, target) {
    const a = [];
    const b = [];
    for (let i = 0; i < PAIRS; i++) {
        if (i % 2 === 0) {
            a.push(await ours());
            b.push(await theirs());
        } else {
            b.push(await theirs());
            a.push(await ours());
        }
    }
    const ratio = median(a) / median(b);
    const ratios = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
    console.log(`BENCHMARK peers.${name}: Verkstad ${median(a).toFixed(0)} ms, peer ${median(b).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`
        + ` (pairs ${ratios[0].toFixed(2)}-${ratios[ratios.length - 1].toFixed(2)}, ${PAIRS} pairs; target <= ${target}); load ${os.loadavg()[0].toFixed(2)}`);
    return ratio;
}

/** PlantUML's jar of the pinned version: from the local Maven repository, else from Maven Central, checked. */
async function plantumlJar() {
    const local = path.join(os.homedir(), '.m2/repository/net/sourceforge/plantuml/plantuml', PLANTUML_VERSION, `plantuml-${PLANTUML_VERSION}.jar`);
    if (fs.existsSync(local)) {
        return local;
    }
    const url = `https://repo.maven.apache.org/maven2/net/sourceforge/plantuml/plantuml/${PLANTUML_VERSION}/plantuml-${PLANTUML_VERSION}.jar`;
    const jar = Buffer.from(await (await fetch(url)).arrayBuffer());
    const sha1 = PLANTUML_SHA1 ?? (await (await fetch(`${url}.sha1`)).text()).trim().split(/\s/)[0];
    if (crypto.createHash('sha1').update(jar).digest('hex') !== sha1) {
        throw new Error(`${url}: not the file Central lists`);
    }
    const file = path.join(dir, `plantuml-${PLANTUML_VERSION}.jar`);
    fs.writeFileSync(file, jar);
    return file;
}

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
const verkstad = path.join(product, 'verkstad.sh');
const jar = await plantumlJar();
console.log(`peers: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; PlantUML ${PLANTUML_VERSION}; bpmn-js `
    + JSON.parse(fs.readFileSync('node_modules/bpmn-js/package.json', 'utf8')).version + `; ${PAIRS} pairs each`);

// 1. start
// (PlantUML's -version exits with 1 where Graphviz is missing; its activity diagrams do not need it)
await pairs('version', () => run(verkstad, ['--version']), () => run('java', ['-jar', jar, '-version'], 'PlantUML version'), 2);

// 2. a whole export command
const small = generate(190, 19, 4);
fs.writeFileSync(path.join(dir, 'karta.process'), small.text);
fs.writeFileSync(path.join(dir, 'karta.puml'), small.uml);
console.log(`peers: export map of ${small.nodes} nodes`);
await pairs('export', () => run(verkstad, ['export', path.join(dir, 'karta.process'), '--format', 'svg', '--out', path.join(dir, 'out')]),
    () => run('java', ['-jar', jar, '-tsvg', '-o', path.join(dir, 'out'), path.join(dir, 'karta.puml')]), 1.0);

// 3. the first draw of a large map
const large = generate(500, 50, 5);
const served = path.join(dir, 'served');
fs.mkdirSync(served);
fs.writeFileSync(path.join(served, 'stor.process'), large.text);
run(verkstad, ['export', path.join(served, 'stor.process'), '--format', 'bpmn', '--out', dir]);
const bpmn = fs.readFileSync(path.join(dir, 'stor.process.bpmn'), 'utf8');
console.log(`peers: first-draw map of ${large.nodes} nodes`);
// bpmn-js's page: the modeler's bundle and the file, from a local web server as serve sends its page
const modeler = fs.readFileSync('node_modules/bpmn-js/dist/bpmn-modeler.production.min.js');
const page = `<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div>
<script src="/modeler.js"></script><script>
fetch('/map.bpmn').then(r => r.text()).then(async xml => {
  const modeler = new BpmnJS({ container: '#canvas' });
  const { warnings } = await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport');
  requestAnimationFrame(() => { window.drawn = { at: performance.now(), warnings: warnings.length }; });
});
</script></body></html>`;
const peerServer = http.createServer((request, response) => {
    const body = request.url === '/modeler.js' ? modeler : request.url === '/map.bpmn' ? bpmn : page;
    response.writeHead(200, { 'content-type': request.url === '/modeler.js' ? 'text/javascript' : request.url === '/map.bpmn' ? 'application/xml' : 'text/html' });
    response.end(body);
});
await new Promise(resolve => peerServer.listen(0, '127.0.0.1', resolve));
const server = await serve(served, 'en');
const browser = await launch();
try {
    const ours = async () => {
        const p = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await p.goto(`${server.base}/diagram?file=stor.process&type=process&token=${server.token}`);
        await p.waitForFunction(() => window.verkstad && window.verkstad.loaded, null, { timeout: 120000 });
        const at = await p.evaluate(() => window.verkstad.firstDrawnAt);
        await p.close();
        return at;
    };
    const theirs = async () => {
        const p = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await p.goto(`http://127.0.0.1:${peerServer.address().port}/`);
        await p.waitForFunction(() => window.drawn, null, { timeout: 120000 });
        const drawn = await p.evaluate(() => window.drawn);
        if (drawn.warnings) {
            throw new Error(`bpmn-js warned ${drawn.warnings} times`);
        }
        await p.close();
        return drawn.at;
    };
    // the first opening lays the map out (ELK) and is not counted; both pages once to warm the servers
    await ours();
    await theirs();
    await pairs('firstDraw', ours, theirs, 1.0);
} finally {
    await browser.close();
    await server.stop();
    peerServer.close();
}
