// BPMN that Verkstad writes opens in bpmn-js, the modeler of bpmn.io and Camunda Modeler, without a single
// warning: every example process map exported with `verkstad export --format bpmn`, and a Camunda Modeler
// file imported with `verkstad import` and exported again, each imported by bpmn-js's modeler in chromium.
// The drawn diagrams are kept in VERKSTAD_ARTIFACTS (bpmn-*.png) to look at beside Verkstad's own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { artifacts, copyExamples, launch, product } from './verkstad.mjs';

const MODELER = path.resolve('node_modules', 'bpmn-js', 'dist', 'bpmn-modeler.production.min.js');
const CAMUNDA = path.resolve('..', '..', 'org.verkstad.process.interchange.tests', 'resources', 'bpmn', 'camunda-bygglov.bpmn');

let dir;
let browser;
const files = [];

function verkstad(...args) {
    const run = spawnSync(path.join(product, 'verkstad.sh'), ['--lang', 'en', ...args], { encoding: 'utf8', timeout: 180000 });
    assert.equal(run.status, 0, `verkstad ${args.join(' ')}:\n${run.stdout}\n${run.stderr}`);
    return run.stdout;
}

before(async () => {
    dir = copyExamples('bpmn');
    const out = path.join(dir, 'bpmn');
    fs.mkdirSync(out);
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.process')).sort()) {
        verkstad('export', path.join(dir, file), '--format', 'bpmn', '--out', out);
        files.push(path.join(out, `${file}.bpmn`));
    }
    fs.copyFileSync(CAMUNDA, path.join(dir, 'camunda-bygglov.bpmn'));
    verkstad('import', path.join(dir, 'camunda-bygglov.bpmn'));
    verkstad('export', path.join(dir, 'camunda-bygglov.process'), '--format', 'bpmn', '--out', out);
    files.push(path.join(out, 'camunda-bygglov.process.bpmn'));
    browser = await launch();
});

after(async () => {
    await browser?.close();
});

describe('BPMN written by Verkstad in bpmn-js', () => {
    test('every file imports without warnings and draws its pool, lanes, nodes and flows', async () => {
        assert.equal(files.length, 3);
        for (const file of files) {
            const xml = fs.readFileSync(file, 'utf8');
            const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
            await page.setContent('<html><body style="margin:0"><div id="canvas" style="width:1400px;height:900px"></div></body></html>');
            await page.addScriptTag({ path: MODELER });
            const result = await page.evaluate(async source => {
                const modeler = new window.BpmnJS({ container: '#canvas' });
                const { warnings } = await modeler.importXML(source);
                modeler.get('canvas').zoom('fit-viewport');
                const all = modeler.get('elementRegistry').getAll();
                return {
                    warnings: warnings.map(w => w.message),
                    types: all.map(e => e.type)
                };
            }, xml);
            assert.deepEqual(result.warnings, [], `${path.basename(file)}: bpmn-js warns`);
            const count = type => result.types.filter(t => t === type).length;
            assert.equal(count('bpmn:Participant'), 1, path.basename(file));
            assert.ok(count('bpmn:Lane') >= 3, `${path.basename(file)}: ${count('bpmn:Lane')} lanes`);
            assert.ok(count('bpmn:Task') >= 8, `${path.basename(file)}: ${count('bpmn:Task')} tasks`);
            assert.ok(count('bpmn:SequenceFlow') >= 13, `${path.basename(file)}: ${count('bpmn:SequenceFlow')} flows`);
            await page.screenshot({ path: path.join(artifacts, `bpmn-${path.basename(file, '.process.bpmn')}.png`) });
            await page.close();
        }
    });
});
