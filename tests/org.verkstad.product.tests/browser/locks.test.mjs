// A model made from a template in a real browser: the teacher's pack (made and installed with the
// product's own commands) locks a step of the as-is process map; the participant's attempts to delete,
// rename or move it out of its lane are refused with the template's reason on the page, and the saved
// file keeps the step. Screenshots land in VERKSTAD_ARTIFACTS.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifacts, box, clickAt, copyExamples, drag, element, fit, WIDE, labelText, launch, openDiagram, product, screenshot, serve } from './verkstad.mjs';

let participant;
let server;
let browser;
const file = 'bygglov-nulage.process';

before(async () => {
    // the teacher: the step tagged locked, a pack made of the folder and installed in a packs folder of its own
    const course = copyExamples('locks-course');
    const map = path.join(course, file);
    fs.writeFileSync(map, fs.readFileSync(map, 'utf8').replace(
        'description "Görs både för nya ansökningar och när en komplettering kommit in (1 200 + 540 gånger per år)."',
        '$&\n\t\t\ttags locked'));
    const packs = path.join(artifacts, 'locks-packs');
    fs.rmSync(packs, { recursive: true, force: true });
    process.env.VERKSTAD_PACKS = packs;
    const verkstad = path.join(product, 'verkstad.sh');
    const pack = path.join(artifacts, 'locks.vpack');
    fs.rmSync(pack, { force: true });
    execFileSync(verkstad, ['--lang', 'sv', 'pack', 'create', course, '--out', pack, '--title', 'Kurs', '--version', '1']);
    execFileSync(verkstad, ['--lang', 'sv', 'pack', 'install', pack]);
    // the participant: the map as the template made it
    participant = copyExamples('locks-participant');
    const copy = path.join(participant, file);
    fs.copyFileSync(path.join(packs, 'kurs-1', 'models', file), copy);
    fs.writeFileSync(copy, fs.readFileSync(copy, 'utf8').replace('template "Processkarta – nuläge"',
        `template "pack:kurs-1/models/${file}"`));
    server = await serve(participant);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

/**
 * Waits until the page's status line says why the template locks the step, and checks that it still says so
 * after the checks that follow every edit have come back (GLSP's own cleared it then).
 */
async function refused(page, what, shot) {
    const status = page.locator('.sprotty-status-message.warning', {
        hasText: new RegExp(`Mallen ”Kurs” låser aktivitet ”Kontrollerar om ansökan är komplett”: det går inte att ${what}`)
    });
    await status.waitFor({ state: 'visible', timeout: 120000 });
    if (shot) {
        await screenshot(page, shot);
    }
    await page.waitForTimeout(1500);
    assert.ok(await status.isVisible(), `the reason is still shown: ${what}`);
}

test('a locked step cannot be deleted, renamed or moved out of its lane', async () => {
    const original = fs.readFileSync(path.join(participant, file), 'utf8');
    const page = await openDiagram(browser, server, file, 'process', WIDE);
    await fit(page);

    await clickAt(page, 'a-kontrollera', 0.5, 0.2);
    await page.keyboard.press('Delete');
    await refused(page, 'ta bort', 'locked-delete-refused');
    assert.equal(await element(page, 'a-kontrollera').count(), 1);

    await clickAt(page, 'a-kontrollera', 0.5, 0.2);
    await page.keyboard.press('F2');
    const editor = page.locator('textarea:visible, input:visible').first();
    await editor.waitFor({ state: 'visible', timeout: 120000 });
    await editor.fill('Något annat');
    await editor.press('Enter');
    await refused(page, 'byta namn');
    assert.equal(await labelText(page, 'a-kontrollera#label'), 'Kontrollerar om ansökan är komplett');

    const step = await box(page, 'a-kontrollera');
    const lane = await box(page, 'l-namnd');
    const x = step.x + step.width / 2;
    const y = step.y + step.height / 4;
    await page.mouse.click(x, y);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, lane.y + 40, { steps: 10 });
    await page.mouse.up();
    await refused(page, 'flytta från sin plats', 'locked-move-refused');
    await page.waitForFunction(id => {
        const lane = document.querySelector(`#sprotty [id="sprotty_${id}"]`);
        return lane && lane.querySelector('[id="sprotty_a-kontrollera"]');
    }, 'l-handlaggare', { timeout: 120000 });

    // an unlocked step still moves within its lane
    await drag(page, 'a-granska', 60, 0);
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !document.body.classList.contains('verkstad-dirty'), null, { timeout: 120000 });
    assert.equal(fs.readFileSync(path.join(participant, file), 'utf8'), original, 'the text is as the template made it');
    assert.deepEqual(page.problems, []);
    await page.close();
});
