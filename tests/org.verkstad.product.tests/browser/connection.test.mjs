// The "connection lost and restored" banner says the truth: a diagram left alone longer than the web
// server's idle timeout (Jetty's default is 30 s) keeps its connection and shows no banner; a connection
// that really drops is opened again, the diagram still works, and the banner says so in the page's language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { copyExamples, launch, openDiagram, serve } from './verkstad.mjs';

const RESTORED = 'Förbindelsen med servern bröts och är återställd.';

let server;
let browser;

before(async () => {
    server = await serve(copyExamples('connection'));
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.stop();
});

test('no banner after a long pause; the banner, in Swedish, after a real loss', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // the page's sockets, to drop one as a network would
    await context.addInitScript(() => {
        const Native = window.WebSocket;
        window.__sockets = [];
        window.WebSocket = class extends Native {
            constructor(...args) {
                super(...args);
                window.__sockets.push(this);
            }
        };
    });
    const page = await openDiagram(context, server, 'bygglov-nulage.process', 'process', { width: 1400, height: 900 });
    const warnings = [];
    page.on('console', message => warnings.push(message.text()));

    // left alone past the idle timeout: the time itself is what is tested here
    await page.waitForTimeout(35000);
    assert.equal(await page.evaluate(() => window.__sockets.filter(s => s.readyState === WebSocket.OPEN).length), 1, 'the socket is still open');
    assert.ok(!(await page.evaluate(() => document.body.innerText)).includes(RESTORED), 'no banner after a pause');
    assert.deepEqual(warnings.filter(w => /reconnect/i.test(w)), []);

    // a real loss: the socket closes; the page connects again and says so
    await page.evaluate(() => window.__sockets.find(s => s.readyState === WebSocket.OPEN).close());
    await page.waitForFunction(text => document.body.innerText.includes(text), RESTORED, { timeout: 120000 });
    await page.waitForFunction(() => window.__sockets.some(s => s.readyState === WebSocket.OPEN), null, { timeout: 120000 });
    assert.ok(await page.locator('#sprotty svg g').count() > 10, 'the diagram is drawn again');
    await context.close();
});
