// Every diagram opens readable in a 1400×900 window: fitted when its text stays at least 10 px high, else
// at that zoom from its top left corner; the palette is docked beside the drawing and never over it, and
// folds to a narrow strip; no focus box and no projection bars; a narrow toolbar puts what does not fit
// into a menu instead of cutting labels. Screenshots land in VERKSTAD_ARTIFACTS.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_DIAGRAMS, copyExamples, launch, screenshot, serve } from './verkstad.mjs';

let server;
let browser;

before(async () => {
    server = await serve(copyExamples('readable'));
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

/** The smallest zoom a diagram opens at (the page's READABLE_ZOOM): 11 px text at least 10 px high. */
const READABLE = 10 / 11;

async function open(file, type, width = 1400, height = 900) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(120000);
    await page.goto(`${server.base}/diagram?file=${encodeURIComponent(file)}&type=${type}&token=${server.token}`);
    await page.waitForFunction(() => window.verkstad && window.verkstad.loaded, null, { timeout: 120000 });
    // the palette appears with the diagram and is docked at once
    await page.waitForFunction(() => document.body.classList.contains('verkstad-palette-open'), null, { timeout: 120000 });
    return page;
}

/** The diagram's zoom (sprotty's transform of the drawing). */
async function zoom(page) {
    const transform = await page.evaluate(() => document.querySelector('#sprotty svg > g')?.getAttribute('transform') ?? '');
    const match = /scale\(([\d.]+)\)/.exec(transform);
    return match ? Number(match[1]) : 1;
}

const rect = (page, selector) => page.locator(selector).first().boundingBox();

for (const [file, type] of EXAMPLE_DIAGRAMS) {
    describe(`${file} (${type})`, () => {
        test('opens readable, the palette beside it, nothing over it', async () => {
            const page = await open(file, type);
            await screenshot(page, `readable-${type}`);
            const z = await zoom(page);
            assert.ok(z >= READABLE - 1e-6 && z <= 1 + 1e-6, `zoom ${z}`);

            // what is drawn fits when the zoom allows, else it starts at the top left corner
            const svg = await rect(page, '#sprotty > svg');
            const drawing = await rect(page, '#sprotty svg > g');
            if (z > READABLE + 1e-6) {
                assert.ok(drawing.x >= svg.x - 1 && drawing.x + drawing.width <= svg.x + svg.width + 1, 'fitted across');
                assert.ok(drawing.y >= svg.y - 1 && drawing.y + drawing.height <= svg.y + svg.height + 1, 'fitted down');
            } else {
                assert.ok(drawing.x >= svg.x && drawing.x < svg.x + 40 && drawing.y >= svg.y && drawing.y < svg.y + 40, 'from the top left');
            }

            // the palette is docked right of the drawing
            const palette = await rect(page, '#sprotty_tool-palette');
            assert.ok(palette.x >= svg.x + svg.width - 1, `palette ${JSON.stringify(palette)} beside the drawing ${JSON.stringify(svg)}`);

            // no GLSP focus box ("Currently focused: …") and no projection bars at the edges
            assert.equal(await page.locator('.sprotty-projection-bar').count(), 0);
            const toast = await page.locator('#sprotty_toast').count() ? await page.locator('#sprotty_toast').innerText() : '';
            assert.doesNotMatch(toast, /focused/i);

            // folded, the palette leaves a narrow strip and the drawing takes the room
            await page.locator('.minimize-palette-button').click();
            await page.waitForFunction(() => !document.body.classList.contains('verkstad-palette-open'));
            const wider = await rect(page, '#sprotty > svg');
            assert.ok(wider.width >= 1400 - 40, `the drawing is ${wider.width} px wide`);
            assert.equal(await page.locator('#sprotty_tool-palette').isVisible(), false);
            // and unfolds again
            await page.locator('.minimize-palette-button').click();
            await page.waitForFunction(() => document.body.classList.contains('verkstad-palette-open'));
            await page.close();
        });
    });
}

describe('toolbar', () => {
    test('what does not fit goes into a menu, no label is cut', async () => {
        const page = await open('bygglov-nulage.process', 'process', 640, 700);
        await page.locator('#verkstad-more').waitFor({ state: 'visible' });
        await screenshot(page, 'readable-narrow-toolbar');
        const toolbar = await rect(page, '#verkstad-toolbar');
        for (const button of await page.locator('#verkstad-toolbar > .verkstad-buttons > .verkstad-button, #verkstad-more').all()) {
            const box = await button.boundingBox();
            assert.ok(box.x + box.width <= toolbar.x + toolbar.width + 0.5, `${await button.innerText()} is inside the toolbar`);
            assert.ok(await button.evaluate(b => b.scrollWidth <= b.clientWidth + 1), `${await button.innerText()} is not cut`);
        }
        await page.locator('#verkstad-more').click();
        const menu = page.locator('#verkstad-menu');
        await menu.waitFor({ state: 'visible' });
        assert.ok((await menu.locator('.verkstad-button').count()) >= 1, 'the menu has the buttons that did not fit');
        await screenshot(page, 'readable-narrow-menu');
        // a button in the menu works like one in the toolbar
        const fit = menu.locator('#verkstad-fit');
        if (await fit.count()) {
            await fit.click();
            await menu.waitFor({ state: 'hidden' });
        }
        // wide again, every button is back in the toolbar
        await page.setViewportSize({ width: 1600, height: 900 });
        await page.locator('#verkstad-more').waitFor({ state: 'hidden' });
        assert.equal(await page.locator('#verkstad-menu .verkstad-button').count(), 0);
        await page.close();
    });
});
