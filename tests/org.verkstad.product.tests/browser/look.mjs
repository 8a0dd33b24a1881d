// Opens diagrams from `verkstad serve` in chromium at a window size and keeps a screenshot of each, to look at:
//   VERKSTAD_PRODUCT=… VERKSTAD_EXAMPLES=… node look.mjs OUT WIDTH HEIGHT FILE:TYPE…
import path from 'node:path';
import { copyExamples, launch, serve } from './verkstad.mjs';

const [out, width, height, ...diagrams] = process.argv.slice(2);
const dir = copyExamples('look');
const server = await serve(dir);
const browser = await launch();
try {
    for (const diagram of diagrams) {
        const [file, type] = diagram.split(':');
        const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
        page.setDefaultTimeout(120000);
        await page.goto(`${server.base}/diagram?file=${encodeURIComponent(file)}&type=${type}&token=${server.token}`);
        await page.waitForFunction(() => window.verkstad && window.verkstad.loaded, null, { timeout: 120000 });
        await page.screenshot({ path: path.join(out, `${file}.${type}.png`) });
        await page.close();
    }
} finally {
    await browser.close();
    await server.stop();
}
