// How opening a diagram grows with the model (issue 15): a generated model (bench/generate.py) of each
// notation and size, with no layout file, is opened in Debian's chromium from `verkstad serve` — the
// diagram server the workbench's editor runs too — and timed from the navigation start until the page
// says it is drawn (its "drawn" flag). Each model is opened twice in fresh pages: the first opening
// places every element with ELK, the second (after Ctrl+S wrote the layout file) reads the layout.
// Prints BENCHMARK lines and, per notation, the growth factor from the first to the last size (1.0 is
// linear). The first opening (the JVM and the page warming up) is not counted. Used by bench/scale.sh.
//   node scale-open.mjs [SIZES] [NOTATIONS]   e.g. node scale-open.mjs "1000 9500" "process swot"
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, launch, serve } from './verkstad.mjs';

const sizes = (process.argv[2] ?? '1000 2500 5000 9500').split(/\s+/).map(Number);
const notations = (process.argv[3] ?? 'process journey swot boxes').split(/\s+/);
const generator = path.resolve(import.meta.dirname, '..', '..', '..', 'bench', 'generate.py');
const LIMIT = 600000;

const dir = path.join(artifacts, 'scale-open');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
for (const notation of notations) {
    for (const n of sizes) {
        fs.writeFileSync(path.join(dir, `${notation}-${n}.${notation}`), execFileSync('python3', [generator, notation, String(n)]));
    }
}

const server = await serve(dir, 'en');
const browser = await launch();

async function open(notation, n) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.base}/diagram?file=${notation}-${n}.${notation}&type=${notation}&token=${server.token}`);
    await page.waitForFunction(() => window.verkstad && window.verkstad.loaded, null, { timeout: LIMIT, polling: 50 });
    const drawnAt = await page.evaluate(() => window.verkstad.lastDrawnAt);
    return { page, seconds: drawnAt / 1000 };
}

try {
    // the server's and the page's first opening is slower whatever the size (classes loaded, code compiled)
    await (await open(notations[0], sizes[0])).page.close();
    for (const notation of notations) {
        const times = [];
        for (const n of sizes) {
            const first = await open(notation, n);
            const layout = path.join(dir, `${notation}-${n}.${notation}.layout`);
            await first.page.keyboard.press('Control+s');
            for (let i = 0; i < LIMIT / 100 && !fs.existsSync(layout); i++) {
                await new Promise(resolve => setTimeout(resolve, 100));
            }
            await first.page.close();
            const again = await open(notation, n);
            await again.page.close();
            console.log(`BENCHMARK scale ${notation} open ${n} elements: ${first.seconds.toFixed(2)} s placed by ELK, `
                + `${again.seconds.toFixed(2)} s with the layout file`);
            times.push([n, first.seconds, again.seconds]);
        }
        if (times.length > 1) {
            const [a, b] = [times[0], times[times.length - 1]];
            const growth = i => ((b[i] / a[i]) / (b[0] / a[0])).toFixed(2);
            console.log(`BENCHMARK scale ${notation} open growth ${a[0] / 1000}k->${b[0] / 1000}k: ${growth(1)} placed, `
                + `${growth(2)} with the layout file (1.0 is linear)`);
        }
    }
} finally {
    await browser.close();
    await server.stop();
}
