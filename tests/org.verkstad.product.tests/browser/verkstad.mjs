// Helpers for driving `verkstad serve` in Debian's chromium the way a user does: the product's start
// script serves a copy of the examples, the page is opened by its printed address, and everything
// happens through mouse and keyboard. Used by diagrams.test.mjs and bench.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const product = process.env.VERKSTAD_PRODUCT;
export const examples = process.env.VERKSTAD_EXAMPLES;
export const artifacts = process.env.VERKSTAD_ARTIFACTS ?? path.resolve('target', 'browser');

/** Copies the examples to a fresh folder. */
export function copyExamples(name) {
    const dir = path.join(artifacts, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const file of fs.readdirSync(examples)) {
        if (fs.statSync(path.join(examples, file)).isFile()) {
            fs.copyFileSync(path.join(examples, file), path.join(dir, file));
        }
    }
    return dir;
}

/** Starts `verkstad serve DIR` and resolves with its printed address once it is listening. */
export function serve(dir, language = 'sv') {
    return new Promise((resolve, reject) => {
        const child = spawn(path.join(product, 'verkstad.sh'), ['--lang', language, 'serve', dir], {
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let out = '';
        let err = '';
        const timer = setTimeout(() => reject(new Error(`serve did not start in 150 s:\n${out}\n${err}`)), 150000);
        child.stdout.on('data', data => {
            out += data;
            const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(out);
            if (match) {
                clearTimeout(timer);
                resolve({
                    child,
                    base: `http://127.0.0.1:${match[1]}`,
                    token: match[2],
                    output: () => out + err,
                    stop: () => new Promise(done => {
                        child.once('exit', done);
                        child.kill('SIGTERM');
                    })
                });
            }
        });
        child.stderr.on('data', data => (err += data));
        child.on('exit', code => reject(new Error(`serve exited with ${code}:\n${out}\n${err}`)));
    });
}

export async function launch() {
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync']
    });
}

/** Opens a diagram page and waits until the model is drawn (the page's own flag, not a timer). */
export async function openDiagram(browser, server, file, type, viewport = { width: 1600, height: 1000 }) {
    const page = await browser.newPage({ viewport });
    // every wait is for a state (a flag, an element), with room for a 2-core machine under load
    page.setDefaultTimeout(120000);
    const problems = [];
    page.on('pageerror', error => problems.push(error.message));
    page.on('console', message => {
        if (message.type() === 'error') {
            problems.push(message.text());
        }
    });
    await page.goto(`${server.base}/diagram?file=${encodeURIComponent(file)}&type=${type}&token=${server.token}`);
    await page.waitForFunction(() => window.verkstad && window.verkstad.loaded, null, { timeout: 120000 });
    page.problems = problems;
    return page;
}

/** The examples' diagrams, one of each type: [file, diagram type]. */
export const EXAMPLE_DIAGRAMS = [
    ['bygglov-nulage.process', 'process'],
    ['bygga-hus-bygglov.journey', 'journey'],
    ['bibliotek.swot', 'swot'],
    ['bibliotek.swot', 'tows'],
    ['handlaggare-umea.boxes', 'boxes']
];

/** A window wide enough to work on a whole process map at about two thirds of its size once fitted. */
export const WIDE = { width: 2560, height: 1000 };

/**
 * Fits the whole diagram into the window with the toolbar's button, as a user does before working on a
 * map wider than the window (a diagram opens at a readable zoom, scrolled to its top left corner).
 */
export async function fit(page) {
    const transform = () => page.evaluate(() => document.querySelector('#sprotty svg > g')?.getAttribute('transform'));
    const before = await transform();
    await page.locator('#verkstad-fit').click();
    await page.waitForFunction(t => document.querySelector('#sprotty svg > g')?.getAttribute('transform') !== t, before, { timeout: 120000 });
    // the fit is animated: wait until it has come to rest (the same transform twice, 100 ms apart)
    await page.waitForFunction(() => {
        const now = document.querySelector('#sprotty svg > g')?.getAttribute('transform');
        const resting = now === window.verkstadLastTransform;
        window.verkstadLastTransform = now;
        return resting;
    }, null, { polling: 100, timeout: 120000 });
}

/** Runs a user action and waits until the diagram was drawn again. */
export async function andRedraw(page, action) {
    const before = await page.evaluate(() => window.verkstad.updates);
    await action();
    await page.waitForFunction(n => window.verkstad.updates > n, before, { timeout: 120000 });
}

/** The element of a diagram element id (sprotty prefixes the div's id). */
export function element(page, id) {
    return page.locator(`#sprotty [id="sprotty_${id}"]`);
}

/** Where an element is on the screen: its shape's box (a group's box also covers what sticks out of it). */
export async function box(page, id) {
    const shape = page.locator(`#sprotty [id="sprotty_${id}"] > .sprotty-node`);
    const found = (await shape.count()) > 0 ? await shape.first().boundingBox() : await element(page, id).boundingBox();
    if (!found) {
        throw new Error(`${id} is not drawn`);
    }
    return found;
}

/** A label's text as the user reads it: its wrapped lines joined by spaces. */
export async function labelText(page, id) {
    return element(page, id).evaluate(e => [...e.querySelectorAll('tspan')].map(t => t.textContent).join(' '));
}

export async function ids(page, selector) {
    return page.evaluate(s => [...document.querySelectorAll(`#sprotty ${s}`)].map(e => e.id.replace(/^sprotty_/, '')), selector);
}

/** Picks a palette tool by its label. */
export async function tool(page, label) {
    // a button reads its keyboard shortcut, then its label
    await page.locator('.tool-palette .tool-button', { hasText: new RegExp(`${label}$`) }).click();
}

/** Double-clicks a label and types a new text into the editor that opens. */
export async function renameLabel(page, labelId, text) {
    // (the label editor has a hidden one-line input beside its text area: the visible one)
    const editor = page.locator('.label-edit textarea:visible, .label-edit input:visible, textarea:visible').first();
    // a double-click the page was too busy to take (another tab drawing on a loaded machine) is given
    // again where the label is now, for two minutes in all
    const until = Date.now() + 120000;
    for (;;) {
        const at = await box(page, labelId);
        await page.mouse.dblclick(at.x + at.width / 2, at.y + at.height / 2);
        try {
            await editor.waitFor({ state: 'visible', timeout: 15000 });
            break;
        } catch (e) {
            if (Date.now() > until) {
                throw e;
            }
        }
    }
    await editor.fill(text);
    await andRedraw(page, () => editor.press('Enter'));
}

/** Drags an element by (dx, dy) with the mouse. */
export async function drag(page, id, dx, dy, grab = { x: 0.5, y: 0.25 }) {
    const at = await box(page, id);
    const x = at.x + at.width * grab.x;
    const y = at.y + at.height * grab.y;
    await page.mouse.click(x, y);
    await andRedraw(page, async () => {
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
        await page.mouse.move(x + dx, y + dy, { steps: 5 });
        await page.mouse.up();
    });
}

/** A point on the screen where a section shows its own background (no note on it), for a click or a drop. */
export async function emptyPointIn(page, id) {
    const point = await page.evaluate(sectionId => {
        const shape = document.querySelector(`#sprotty [id="sprotty_${sectionId}"] > .sprotty-node`);
        const r = shape.getBoundingClientRect();
        for (let fy = 0.95; fy > 0.2; fy -= 0.05) {
            for (let fx = 0.9; fx > 0.05; fx -= 0.05) {
                const x = r.x + r.width * fx;
                const y = r.y + r.height * fy;
                if (y < window.innerHeight - 20 && x < window.innerWidth - 300 && document.elementFromPoint(x, y) === shape) {
                    return { x, y };
                }
            }
        }
        return null;
    }, id);
    if (!point) {
        throw new Error(`${id} shows no empty space`);
    }
    return point;
}

export async function clickAt(page, id, fx = 0.5, fy = 0.5) {
    const at = await box(page, id);
    await page.mouse.click(at.x + at.width * fx, at.y + at.height * fy);
}

/** Ctrl+S, then waits until the page says the diagram is no longer dirty. */
export async function save(page) {
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !document.body.classList.contains('verkstad-dirty'), null, { timeout: 120000 });
}

export async function screenshot(page, name) {
    fs.mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}
