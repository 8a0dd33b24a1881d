// The diagram editors in a real browser: for each notation, open the course example, create an element
// from the palette, rename it, move it, connect it, undo and redo, save, and check the saved text.
// Screenshots of every diagram type land in VERKSTAD_ARTIFACTS (look at them).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
    andRedraw, box, clickAt, copyExamples, drag, element, ids, launch, openDiagram, renameLabel, save, screenshot,
    serve, tool
} from './verkstad.mjs';

let dir;
let server;
let browser;

before(async () => {
    dir = copyExamples('diagrams');
    server = await serve(dir);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

const read = name => fs.readFileSync(path.join(dir, name), 'utf8');

describe('process map', () => {
    test('create, rename, move, connect, undo, redo and save', async () => {
        const file = 'bygglov-nulage.process';
        const original = read(file);
        const page = await openDiagram(browser, server, file, 'process');
        await screenshot(page, 'process');
        const steps = await ids(page, 'g.activity');
        assert.ok(steps.length >= 5, `the steps are drawn: ${steps}`);

        // create: the activity tool, then a click into the committee's empty lane
        await tool(page, 'Aktivitet');
        const lane = await box(page, 'l-namnd');
        await andRedraw(page, () => page.mouse.click(lane.x + 400, lane.y + 30));
        await element(page, 'aktivitet').waitFor();

        // rename it in place
        await renameLabel(page, 'aktivitet#label', 'Protokollför beslutet');
        assert.match(await element(page, 'aktivitet#label').textContent(), /Protokollför/);

        // move it 120 px to the right
        const before = await box(page, 'aktivitet');
        await drag(page, 'aktivitet', 120, 0);
        const moved = await box(page, 'aktivitet');
        assert.ok(Math.abs(moved.x - before.x - 120) < 15, `moved from ${before.x} to ${moved.x}`);

        // connect the review step to it with the flow tool
        const flowsBefore = (await ids(page, 'g.sprotty-edge')).length;
        await tool(page, 'Flöde');
        await clickAt(page, 'a-granska');
        await andRedraw(page, () => clickAt(page, 'aktivitet'));
        assert.equal((await ids(page, 'g.sprotty-edge')).length, flowsBefore + 1);

        // undo the connection, redo it
        await andRedraw(page, () => page.keyboard.press('Control+z'));
        assert.equal((await ids(page, 'g.sprotty-edge')).length, flowsBefore);
        await andRedraw(page, () => page.keyboard.press('Control+Shift+z'));
        assert.equal((await ids(page, 'g.sprotty-edge')).length, flowsBefore + 1);

        await save(page);
        const saved = read(file);
        assert.match(saved, /activity aktivitet "Protokollför beslutet"/);
        assert.match(saved, /a-granska -> aktivitet/);
        // what was not touched stays as it was: every original line is still there
        const lines = new Set(saved.split('\n'));
        assert.deepEqual(original.split('\n').filter(l => !lines.has(l)), []);
        assert.match(read(`${file}.layout`), /"aktivitet": \[/);
        await screenshot(page, 'process-edited');
        assert.deepEqual(page.problems, []);
        await page.close();
    });
});
