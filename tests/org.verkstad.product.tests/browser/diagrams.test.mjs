// The diagram editors in a real browser: for each notation, open the course example, create an element
// from the palette, rename it, move it, connect it, undo and redo, save, and check the saved text.
// Screenshots of every diagram type land in VERKSTAD_ARTIFACTS (look at them).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
    andRedraw, box, clickAt, copyExamples, drag, element, emptyPointIn, fit, WIDE, ids, labelText, launch, openDiagram, renameLabel, save, screenshot,
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

/** Waits until the diagram shows this many flows. */
const edgeCount = (page, count) =>
    page.waitForFunction(n => document.querySelectorAll('#sprotty g.sprotty-edge').length === n, count, { timeout: 120000 });

describe('process map', () => {
    test('keyboard and toolbar: F2 renames, multi-select and Delete, automatic layout, fit', async () => {
        const file = 'bygglov-malbild.process';
        const page = await openDiagram(browser, server, file, 'process');
        await screenshot(page, 'process-to-be');

        // F2 on the selected step edits its name
        await clickAt(page, 'a-bygglovsguide', 0.5, 0.2);
        await page.keyboard.press('F2');
        const editor = page.locator('textarea:visible, input:visible').first();
        await editor.waitFor({ state: 'visible', timeout: 120000 });
        await editor.fill('Använder bygglovsguiden');
        await andRedraw(page, () => editor.press('Enter'));
        assert.equal(await labelText(page, 'a-bygglovsguide#label'), 'Använder bygglovsguiden');

        // two steps selected with Ctrl+click, deleted with Delete; their flows go with them
        await clickAt(page, 'a-vagleda', 0.5, 0.2);
        await page.keyboard.down('Control');
        await clickAt(page, 'a-kvalitetssakra', 0.5, 0.2);
        await page.keyboard.up('Control');
        await andRedraw(page, () => page.keyboard.press('Delete'));
        assert.equal(await element(page, 'a-vagleda').count(), 0);
        assert.equal(await element(page, 'a-kvalitetssakra').count(), 0);

        // automatic layout and fit, from the toolbar
        await andRedraw(page, () => page.locator('#verkstad-layout').click());
        const transform = () => page.evaluate(() => document.querySelector('#sprotty svg > g')?.getAttribute('transform'));
        const before = await transform();
        await page.locator('#verkstad-fit').click();
        await page.waitForFunction(t => document.querySelector('#sprotty svg > g')?.getAttribute('transform') !== t, before);

        await save(page);
        const saved = read(file);
        assert.match(saved, /activity a-bygglovsguide "Använder bygglovsguiden"/);
        assert.doesNotMatch(saved, /a-vagleda|a-kvalitetssakra/);
        await screenshot(page, 'process-to-be-edited');
        assert.deepEqual(page.problems, []);
        await page.close();
    });

    test('create, rename, move, connect, undo, redo and save', async () => {
        const file = 'bygglov-nulage.process';
        const original = read(file);
        const page = await openDiagram(browser, server, file, 'process', WIDE);
        await fit(page);
        await screenshot(page, 'process');
        const steps = await ids(page, 'g.activity');
        assert.ok(steps.length >= 5, `the steps are drawn: ${steps}`);

        // create: the activity tool, then a click into the committee's empty lane
        await tool(page, 'Aktivitet');
        const lane = await box(page, 'l-namnd');
        await andRedraw(page, () => page.mouse.click(lane.x + 400, lane.y + 30));
        await element(page, 'a-aktivitet').waitFor();

        // rename it in place
        await renameLabel(page, 'a-aktivitet#label', 'Protokollför beslutet');
        assert.equal(await labelText(page, 'a-aktivitet#label'), 'Protokollför beslutet');

        // move it 120 px to the right
        const before = await box(page, 'a-aktivitet');
        await drag(page, 'a-aktivitet', 120, 0);
        const moved = await box(page, 'a-aktivitet');
        assert.ok(Math.abs(moved.x - before.x - 120) < 15, `moved from ${before.x} to ${moved.x}`);

        // connect the review step to it with the flow tool
        const edgesBefore = await ids(page, 'g.sprotty-edge');
        const flowsBefore = edgesBefore.length;
        await tool(page, 'Flöde');
        await clickAt(page, 'a-granska');
        await clickAt(page, 'a-aktivitet');
        // (a drawing that was still on its way from the move may come first: wait for the flows, not for a drawing)
        await edgeCount(page, flowsBefore + 1);

        // undo the connection, redo it
        await page.keyboard.press('Control+z');
        await edgeCount(page, flowsBefore);
        await page.keyboard.press('Control+Shift+z');
        await edgeCount(page, flowsBefore + 1);

        // the new flow follows its step when the step moves on (a route is reused only while its ends stay)
        // (waited for by its id: a drawing still on its way may have as many flows, but not yet the new one)
        await page.waitForFunction(before => [...document.querySelectorAll('#sprotty g.sprotty-edge')]
            .some(e => !before.includes(e.id.replace(/^sprotty_/, ''))), edgesBefore, { timeout: 120000 });
        const flow = (await ids(page, 'g.sprotty-edge')).find(id => !edgesBefore.includes(id));
        const route = () => element(page, flow).locator('path').first().getAttribute('d');
        const routeBefore = await route();
        await drag(page, 'a-aktivitet', 80, 0);
        // (the drawing awaited may be one still on its way from the redo: wait for the route, not for a drawing)
        await page.waitForFunction(([id, before]) => {
            const path = document.querySelector(`#sprotty [id="sprotty_${id}"] path`);
            return path !== null && path.getAttribute('d') !== before;
        }, [flow, routeBefore], { timeout: 120000 }).catch(() => undefined);
        assert.notEqual(await route(), routeBefore, 'the flow is drawn to where its step is now');

        await save(page);
        const saved = read(file);
        assert.match(saved, /activity a-aktivitet "Protokollför beslutet"/);
        assert.match(saved, /flow f26 a-granska -> a-aktivitet/);
        // what was not touched stays as it was: every original line is still there
        const lines = new Set(saved.split('\n'));
        assert.deepEqual(original.split('\n').filter(l => !lines.has(l)), []);
        assert.match(read(`${file}.layout`), /"a-aktivitet": \[/);
        await screenshot(page, 'process-edited');
        assert.deepEqual(page.problems, []);
        await page.close();
    });
});

/**
 * The sticky-note diagrams: a note from the palette in one section, renamed, dragged into another
 * section, the drag undone and redone, saved; the saved text has the note in the section's block.
 */
async function notes({ file, type, shot, toolLabel, from, to, renameTo, check }) {
    const page = await openDiagram(browser, server, file, type);
    await screenshot(page, shot);
    await tool(page, toolLabel);
    const at = await emptyPointIn(page, from);
    const nodes = () => ids(page, 'g[id]:has(> .sprotty-node)');
    const before = new Set(await nodes());
    await andRedraw(page, () => page.mouse.click(at.x, at.y));
    const created = (await nodes()).find(id => !before.has(id));
    assert.ok(created, 'a new note is drawn');

    await renameLabel(page, `${created}#label`, renameTo);
    assert.equal(await labelText(page, `${created}#label`), renameTo);

    const note = await box(page, created);
    const target = await box(page, to);
    const drop = await emptyPointIn(page, to);
    await drag(page, created, drop.x - (note.x + note.width / 2), drop.y - (note.y + note.height / 2), { x: 0.5, y: 0.5 });
    const moved = await box(page, created);
    assert.ok(moved.x >= target.x && moved.y >= target.y && moved.x <= target.x + target.width, 'dropped in the other section');
    await andRedraw(page, () => page.keyboard.press('Control+z'));
    const back = await box(page, created);
    assert.ok(back.x < target.x || back.y < target.y || back.y > target.y + target.height, 'undone: back where it was');
    await andRedraw(page, () => page.keyboard.press('Control+Shift+z'));

    await save(page);
    check(read(file), created);
    await screenshot(page, `${shot}-edited`);
    assert.deepEqual(page.problems, []);
    await page.close();
}

describe('sticky notes', () => {
    test('SWOT: a weakness becomes a threat', () => notes({
        file: 'bibliotek.swot', type: 'swot', shot: 'swot', toolLabel: 'Punkt', from: 'weaknesses', to: 'threats',
        renameTo: 'Få öppettimmar på kvällen',
        check: (text, id) => {
            assert.match(text, new RegExp(`item ${id} "Få öppettimmar på kvällen"`));
            assert.ok(text.indexOf(`item ${id}`) > text.indexOf('threats {'), 'in the threats block');
        }
    }));

    test('TOWS: a strategy moves from SO to WT', () => notes({
        file: 'bibliotek.swot', type: 'tows', shot: 'tows', toolLabel: 'Strategi', from: 'so', to: 'wt',
        renameTo: 'Låna ut surfplattor med handledning',
        check: (text, id) => assert.match(text, new RegExp(`strategy WT ${id} "Låna ut surfplattor med handledning"`))
    }));

    test('three boxes: a note moves from box 1 to box 2', () => notes({
        file: 'handlaggare-umea.boxes', type: 'boxes', shot: 'boxes', toolLabel: 'Lapp', from: 'box-1/todayInBox1',
        to: 'box-2/putInBox2', renameTo: 'Pappersblanketter',
        check: (text, id) => {
            assert.match(text, new RegExp(`note ${id} "Pappersblanketter" put-in-box-2`));
            assert.ok(text.indexOf(`note ${id}`) > text.indexOf('box forget'), 'in box 2');
        }
    }));

    test('journey: a pain point moves to the next phase', () => notes({
        file: 'bygga-hus-bygglov.journey', type: 'journey', shot: 'journey', toolLabel: 'Smärtpunkt',
        from: 'ph-drommer/painPoints', to: 'ph-tar-reda/painPoints', renameTo: 'Osäker på kostnaden',
        check: (text, id) => {
            assert.match(text, new RegExp(`pain ${id} "Osäker på kostnaden"`));
            assert.ok(text.indexOf(`pain ${id}`) > text.indexOf('phase ph-tar-reda'), 'in the second phase');
        }
    }));
});
