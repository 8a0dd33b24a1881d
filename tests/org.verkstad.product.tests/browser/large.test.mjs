// A large map in a real browser: only what is in view is put in the page (a 60-step map at 100 % shows a
// few steps), and what comes into view is drawn when it does (Fit brings in every flow). The page draws the
// model fetched beside its client and keeps the session's when it is the same. Issue 22.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { copyExamples, fit, ids, launch, openDiagram, screenshot, serve } from './verkstad.mjs';

const STEPS = 60;
const LANES = 4;

let dir;
let server;
let browser;

/** A chain of steps through four lanes, in the text format. */
function chain() {
    const lanes = [...Array(LANES)].map(() => []);
    lanes[0].push('\t\tstart s "Ansökan kommer in"');
    const flows = ['\tflow s -> a1'];
    for (let i = 1; i <= STEPS; i++) {
        lanes[i % LANES].push(`\t\tactivity a${i} "Steg ${i}"`);
        flows.push(i < STEPS ? `\tflow a${i} -> a${i + 1}` : `\tflow a${i} -> e`);
    }
    lanes[STEPS % LANES].push('\t\tend e "Beslut skickat"');
    return [`process lang "En lång handläggning" {`, ...lanes.flatMap((nodes, i) => [`\tlane l${i} "Roll ${i + 1}" {`, ...nodes, '\t}']),
        ...flows, '}', ''].join('\n');
}

before(async () => {
    dir = copyExamples('large');
    fs.writeFileSync(path.join(dir, 'lang.process'), chain());
    server = await serve(dir);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

test('a large map puts only the flows in view in the page, and Fit brings in the rest', async () => {
    const page = await openDiagram(browser, server, 'lang.process', 'process');
    await screenshot(page, 'large-first');
    const shown = await ids(page, 'g.sprotty-edge');
    assert.ok(shown.length > 0 && shown.length < 20, `${shown.length} of ${STEPS + 1} flows in the page at first`);
    assert.ok(shown.some(id => id.includes('flows.0')), shown.join(' '));
    // drawn from the model fetched with the page, before (or as) the session's came
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter(r => r.name.includes('/model?')).length);
    assert.equal(fetched, 1);
    const hooks = await page.evaluate(() => ({ first: window.verkstad.firstDrawnAt, last: window.verkstad.lastDrawnAt }));
    assert.ok(hooks.first > 0 && hooks.first <= hooks.last, JSON.stringify(hooks));
    await fit(page);
    await page.waitForFunction(n => document.querySelectorAll('#sprotty g.sprotty-edge').length === n, STEPS + 1, { timeout: 120000 });
    await screenshot(page, 'large-fit');
    // the session's model, the same diagram, was kept instead of drawn again: one drawing in all
    assert.equal(await page.evaluate(() => window.verkstad.updates), 1);
    // the whole map is in the window (Fit once computed a view for a zoom below GLSP's limit and showed nothing)
    const area = await page.locator('#sprotty').boundingBox();
    for (const id of ['s', `a${STEPS}`]) {
        const node = await page.locator(`#sprotty [id="sprotty_${id}"]`).boundingBox();
        assert.ok(node && node.x >= area.x && node.x + node.width <= area.x + area.width && node.y >= area.y
            && node.y + node.height <= area.y + area.height, `${id} at ${JSON.stringify(node)} is outside ${JSON.stringify(area)}`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
});
