// The export is what the editor shows: for each notation the diagram page in chromium at 100 % and the
// product's PNG export of the same file at the same scale (96 dpi, the page fitted to the diagram) are
// compared pixel by pixel, each cropped to what is drawn; a pixel matches when the other image has its
// colour within one pixel (the two renderers place glyphs a fraction of a pixel apart). Both images and the difference are kept in
// VERKSTAD_ARTIFACTS (export-match-*.png) to look at.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_DIAGRAMS, artifacts, copyExamples, launch, openDiagram, product, serve } from './verkstad.mjs';

let dir;
let server;
let browser;

before(async () => {
    dir = copyExamples('export-match');
    server = await serve(dir);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

/** A pixel differs when a colour channel differs by more than this (text is smoothed a little differently). */
const CHANNEL = 96;
/** At most this share of the drawn pixels may differ (a note without its colour is more than that). */
const THRESHOLD = 0.01;

/** Compares two PNGs (as data) in the page: crops each to its drawn part and counts the pixels that differ. */
async function compare(page, editorPng, exportPng, diffPath) {
    const result = await page.evaluate(
        async ({ a, b, channel }) => {
            async function load(data) {
                const image = new Image();
                image.src = `data:image/png;base64,${data}`;
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = image.width;
                canvas.height = image.height;
                const context = canvas.getContext('2d');
                context.drawImage(image, 0, 0);
                return context.getImageData(0, 0, image.width, image.height);
            }
            // the box of everything that is not (almost) white
            function drawn(image) {
                let x1 = image.width;
                let y1 = image.height;
                let x2 = -1;
                let y2 = -1;
                for (let y = 0; y < image.height; y++) {
                    for (let x = 0; x < image.width; x++) {
                        const i = 4 * (y * image.width + x);
                        if (image.data[i] < 235 || image.data[i + 1] < 235 || image.data[i + 2] < 235) {
                            x1 = Math.min(x1, x);
                            y1 = Math.min(y1, y);
                            x2 = Math.max(x2, x);
                            y2 = Math.max(y2, y);
                        }
                    }
                }
                return { x: x1, y: y1, width: x2 - x1 + 1, height: y2 - y1 + 1 };
            }
            const ia = await load(a);
            const ib = await load(b);
            const ba = drawn(ia);
            const bb = drawn(ib);
            const width = Math.min(ba.width, bb.width);
            const height = Math.min(ba.height, bb.height);
            const diff = document.createElement('canvas');
            diff.width = width;
            diff.height = height;
            const dc = diff.getContext('2d');
            const out = dc.createImageData(width, height);
            let differing = 0;
            let inked = 0;
            for (let y = 0; y < height; y++) {
                for (let x = 0; x < width; x++) {
                    const i = 4 * ((ba.y + y) * ia.width + ba.x + x);
                    const j = 4 * ((bb.y + y) * ib.width + bb.x + x);
                    const o = 4 * (y * width + x);
                    // a pixel matches when the other image has it within a pixel (fonts are rasterised a little differently)
                    const near = (from, k, to, fx, fy, tbox) => {
                        let best = 255;
                        for (let dy = -1; dy <= 1; dy++) {
                            for (let dx = -1; dx <= 1; dx++) {
                                const tx = tbox.x + fx + dx;
                                const ty = tbox.y + fy + dy;
                                if (tx < 0 || ty < 0 || tx >= to.width || ty >= to.height) {
                                    continue;
                                }
                                const m = 4 * (ty * to.width + tx);
                                best = Math.min(best, Math.max(Math.abs(from.data[k] - to.data[m]), Math.abs(from.data[k + 1] - to.data[m + 1]),
                                    Math.abs(from.data[k + 2] - to.data[m + 2])));
                            }
                        }
                        return best;
                    };
                    const d = Math.max(near(ia, i, ib, x, y, bb), near(ib, j, ia, x, y, ba));
                    const white = ia.data[i] > 235 && ia.data[i + 1] > 235 && ia.data[i + 2] > 235 && ib.data[j] > 235
                        && ib.data[j + 1] > 235 && ib.data[j + 2] > 235;
                    if (!white) {
                        inked++;
                    }
                    const bad = d > channel;
                    if (bad) {
                        differing++;
                    }
                    // the difference: red where they differ, the editor faintly grey elsewhere
                    const grey = 255 - (255 - ia.data[i]) / 4;
                    out.data[o] = bad ? 230 : grey;
                    out.data[o + 1] = bad ? 0 : grey;
                    out.data[o + 2] = bad ? 0 : grey;
                    out.data[o + 3] = 255;
                }
            }
            dc.putImageData(out, 0, 0);
            return { editor: ba, exported: bb, differing, inked, diff: diff.toDataURL('image/png').split(',')[1] };
        },
        { a: editorPng.toString('base64'), b: exportPng.toString('base64'), channel: CHANNEL }
    );
    fs.writeFileSync(diffPath, Buffer.from(result.diff, 'base64'));
    return result;
}

for (const [file, type] of EXAMPLE_DIAGRAMS) {
    describe(`${file} (${type})`, () => {
        test('the export looks like the editor', async () => {
            // the editor at 100 %, the whole diagram in view, nothing selected
            const page = await openDiagram(browser, server, file, type);
            await page.setViewportSize({ width: 4200, height: 2400 });
            await page.evaluate(async () => {
                const svg = document.querySelector('#sprotty > svg');
                const root = svg.querySelector(':scope > g');
                await window.verkstad.dispatch({ kind: 'viewport', elementId: svg.id.replace(/^sprotty_/, ''),
                    newViewport: { scroll: { x: -20, y: -20 }, zoom: 1 }, animate: false });
                await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)));
                return root.getAttribute('transform');
            });
            await page.waitForFunction(() => /scale\(1\)/.test(document.querySelector('#sprotty svg > g')?.getAttribute('transform') ?? ''));
            await page.mouse.move(0, 0);
            const editorPng = await page.locator('#sprotty > svg').screenshot();

            // the export of the same file, at the same scale
            const out = path.join(artifacts, 'export-match-out');
            fs.mkdirSync(out, { recursive: true });
            const exported = spawnSync(path.join(product, 'verkstad.sh'),
                ['--lang', 'sv', 'export', '--format', 'png', '--page', 'fit', '--dpi', '96', '--out', out, path.join(dir, file)],
                { encoding: 'utf8', timeout: 180000 });
            assert.equal(exported.status, 0, exported.stdout + exported.stderr);
            const pngs = fs.readdirSync(out).filter(name => name.startsWith(file) && name.endsWith('.png'));
            // a SWOT file has two diagrams: the SWOT's and the TOWS strategies'
            const exportName = pngs.length === 1 ? pngs[0] : pngs.find(name => name.toLowerCase().includes(type === 'tows' ? 'tows' : 'swot'));
            assert.ok(exportName, `the export wrote ${pngs}`);
            const exportPng = fs.readFileSync(path.join(out, exportName));

            const name = `export-match-${type}`;
            fs.writeFileSync(path.join(artifacts, `${name}-editor.png`), editorPng);
            fs.writeFileSync(path.join(artifacts, `${name}-export.png`), exportPng);
            const result = await compare(page, editorPng, exportPng, path.join(artifacts, `${name}-diff.png`));
            const share = result.differing / Math.max(1, result.inked);
            console.log(`${name}: editor ${result.editor.width}×${result.editor.height}, export ${result.exported.width}×${result.exported.height}, `
                + `${result.differing} of ${result.inked} drawn pixels differ (${(100 * share).toFixed(2)} %)`);
            assert.ok(Math.abs(result.editor.width - result.exported.width) <= 2 && Math.abs(result.editor.height - result.exported.height) <= 2,
                `the same size: editor ${JSON.stringify(result.editor)}, export ${JSON.stringify(result.exported)}`);
            assert.ok(share <= THRESHOLD, `${(100 * share).toFixed(2)} % of the drawn pixels differ (at most ${100 * THRESHOLD} %)`);
            await page.close();
        });
    });
}
