// Two tabs of one `verkstad serve` on one process map, in a real browser: a step renamed in one tab is
// drawn in the other at once, a step moved in the other moves in the first, both show that something is
// unsaved, Ctrl+S in one saves the file for both, and the saved file has both edits. Screenshots of both
// tabs land in VERKSTAD_ARTIFACTS.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { box, copyExamples, drag, fit, WIDE, labelText, launch, openDiagram, renameLabel, save, screenshot, serve } from './verkstad.mjs';

let dir;
let server;
let browser;
const file = 'bygglov-nulage.process';

before(async () => {
    dir = copyExamples('tabs');
    server = await serve(dir);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

const dirty = page => page.evaluate(() => document.body.classList.contains('verkstad-dirty'));

test('two tabs of one file show one model and save it together', async () => {
    const anna = await openDiagram(browser, server, file, 'process', WIDE);
    const bertil = await openDiagram(browser, server, file, 'process', WIDE);
    await fit(anna);
    await fit(bertil);

    // Anna renames a step: Bertil's tab shows the new name without reloading, and that it is unsaved
    await anna.bringToFront();
    await renameLabel(anna, 'a-registrera#label', 'Registrerar ansökan i Castor');
    await bertil.waitForFunction(() => [...document.querySelectorAll('#sprotty [id="sprotty_a-registrera#label"] tspan')]
        .map(t => t.textContent).join(' ') === 'Registrerar ansökan i Castor');
    assert.equal(await labelText(bertil, 'a-registrera#label'), 'Registrerar ansökan i Castor');
    await bertil.waitForFunction(() => document.body.classList.contains('verkstad-dirty'));

    // Bertil moves another step 100 px to the right: it moves in Anna's tab too
    const before = await box(anna, 'a-granska');
    await bertil.bringToFront();
    await drag(bertil, 'a-granska', 100, 0);
    await anna.waitForFunction(x => {
        const shape = document.querySelector('#sprotty [id="sprotty_a-granska"] > .sprotty-node');
        return shape && Math.abs(shape.getBoundingClientRect().x - x - 100) < 15;
    }, before.x);
    await screenshot(anna, 'tabs-anna');
    await screenshot(bertil, 'tabs-bertil');

    // Anna saves: the file has both edits, and Bertil's tab no longer shows unsaved changes
    await anna.bringToFront();
    await save(anna);
    await bertil.waitForFunction(() => !document.body.classList.contains('verkstad-dirty'));
    assert.equal(await dirty(bertil), false);
    const saved = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.match(saved, /activity a-registrera "Registrerar ansökan i Castor"/);
    assert.match(fs.readFileSync(path.join(dir, `${file}.layout`), 'utf8'), /"a-granska": \[/);
    assert.deepEqual(anna.problems, []);
    assert.deepEqual(bertil.problems, []);
    await anna.close();
    await bertil.close();
});
