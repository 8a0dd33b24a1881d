// Quick fix on the diagram, as a user does it: a click on an element's marker shows what the checks found
// there and the fixes they know; the chosen fix is an edit like any other (undo, redo, save). Screenshots
// land in VERKSTAD_ARTIFACTS.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { andRedraw, copyExamples, element, launch, openDiagram, save, screenshot, serve } from './verkstad.mjs';

let dir;
let server;
let browser;
const VIEW = { width: 1400, height: 900 };

before(async () => {
    dir = copyExamples('fixes');
    // a map a participant has not finished: no end event yet
    fs.writeFileSync(path.join(dir, 'enkel.process'), `process enkel "Enkel ansökan" {
\tlane l1 "Handläggare" {
\t\tstart s "Ansökan kommer in"
\t\tactivity a-ta-emot "Tar emot ansökan" {
\t\t\ttime 10 min
\t\t\tnecessary
\t\t}
\t\tactivity a-besluta "Beslutar" {
\t\t\ttime 1 hour
\t\t\tvalue-adding
\t\t}
\t}
\tflow f01 s -> a-ta-emot
\tflow f02 a-ta-emot -> a-besluta
}
`);
    server = await serve(dir);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

const read = name => fs.readFileSync(path.join(dir, name), 'utf8');

/** Clicks the marker an element shows and waits for the menu of what was found there. */
async function openFixes(page, id) {
    await page.locator(`#sprotty [data-svg-metadata-parent-id="sprotty_${id}"].sprotty-issue`).first().click();
    const menu = page.locator('#verkstad-fixes');
    await menu.waitFor({ state: 'visible', timeout: 120000 });
    return menu;
}

test('the texts GLSP shows itself are in the page\'s language: palette buttons, a marker\'s severity', async () => {
    const page = await openDiagram(browser, server, 'enkel.process', 'process', VIEW);
    const titles = await page.evaluate(() => [...document.querySelectorAll('[title]')].map(e => e.getAttribute('title')));
    assert.ok(titles.includes('Kontrollera modellen') && titles.includes('Dölj verktygen'), titles.join(', '));
    const english = titles.filter(t => /\b(Enable|Validate|Maximize|Minimize|Reset|Filter|Save|Undo|Redo)\b/.test(t));
    assert.deepEqual(english, []);
    await page.locator('#sprotty [data-svg-metadata-parent-id="sprotty_a-besluta"].sprotty-issue').first().hover();
    const popup = page.locator('.sprotty-popup');
    await popup.waitFor({ state: 'visible', timeout: 120000 });
    assert.match(await popup.innerText(), /FEL: /);
    assert.doesNotMatch(await popup.innerText(), /ERROR|WARNING|INFO/);
    await page.close();
});

test('the end event a map lacks is added from its marker, undone, redone and saved', async () => {
    const page = await openDiagram(browser, server, 'enkel.process', 'process', VIEW);
    const menu = await openFixes(page, 'process-diagram');
    assert.match(await menu.innerText(), /Snabbrättning\n[\s\S]*Processen har ingen sluthändelse\./);
    await screenshot(page, 'fixes-menu');
    await andRedraw(page, () => menu.locator('.verkstad-fix', { hasText: 'Lägg till en sluthändelse efter de sista stegen' }).click());
    await element(page, 'sluthandelse').waitFor({ state: 'visible', timeout: 120000 });
    assert.equal(await page.locator('#verkstad-fixes').count(), 0, 'the menu closes');
    await screenshot(page, 'fixes-applied');
    // the map's marker now says only what is left (who made it), and its menu offers nothing more
    const left = await openFixes(page, 'process-diagram');
    assert.doesNotMatch(await left.innerText(), /sluthändelse/);
    await page.keyboard.press('Escape');
    await page.locator('#verkstad-fixes').waitFor({ state: 'detached', timeout: 120000 });
    // one undo takes the fix back, redo makes it again
    await page.keyboard.press('Control+z');
    await element(page, 'sluthandelse').waitFor({ state: 'detached', timeout: 120000 });
    await page.keyboard.press('Control+Shift+z');
    await element(page, 'sluthandelse').waitFor({ state: 'visible', timeout: 120000 });
    await save(page);
    const saved = read('enkel.process');
    assert.match(saved, /\t\tend sluthandelse "Sluthändelse"\n\t\}\n/);
    assert.match(saved, /\tflow f03 a-besluta -> sluthandelse\n\}\n$/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a pain point is linked from its marker to the activity chosen among the folder\'s', async () => {
    const file = 'bygga-hus-bygglov.journey';
    const page = await openDiagram(browser, server, file, 'journey', VIEW);
    const menu = await openFixes(page, 'pp-kravs-lov');
    assert.match(await menu.innerText(), /Vilken aktivitet i er process orsakar smärtpunkt ”Vet inte om tillbyggnaden alls kräver bygglov”/);
    await screenshot(page, 'fixes-pain-point');
    const choice = menu.locator('.verkstad-fix', { hasText: 'Fyller i ansökan och bifogar ritningar” i bygglov-nulage.process' });
    await andRedraw(page, () => choice.click());
    await save(page);
    assert.match(read(file), /\t\tpain pp-kravs-lov "Vet inte om tillbyggnaden alls kräver bygglov" \{\n\t\t\tcaused-by bygglov-nulage\.a-ansoka\n\t\t\}\n/);
    assert.deepEqual(page.problems, []);
    await page.close();
});
