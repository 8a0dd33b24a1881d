// How a diagram opens (src/viewport.ts): fitted when it stays readable, else readable from its top left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PADDING, viewport } from '../src/viewport';

const area = { width: 740, height: 370 };

test('a small diagram is centred at 100 %, never enlarged', () => {
    const view = viewport([{ x: 0, y: 0, width: 200, height: 100 }], area, 10 / 11);
    assert.deepEqual(view, { scroll: { x: 100 - 370, y: 50 - 185 }, zoom: 1 });
});

test('a diagram that fits at a readable zoom is fitted and centred', () => {
    const view = viewport([{ x: 0, y: 0, width: 700, height: 100 }, { x: 700, y: 0, width: 100, height: 300 }], area, 0.5);
    const fitted = Math.min((740 - 2 * PADDING) / 800, (370 - 2 * PADDING) / 300);
    assert.equal(view?.zoom, fitted);
    assert.equal(view?.scroll.x, 400 - 370 / fitted);
});

test('a diagram too large to read when fitted opens readable at its top left corner', () => {
    const view = viewport([{ x: 30, y: 40, width: 5000, height: 2000 }], area, 10 / 11);
    assert.deepEqual(view, { scroll: { x: 30 - PADDING * 11 / 10, y: 40 - PADDING * 11 / 10 }, zoom: 10 / 11 });
});

test('nothing to show, or no area to show it in, gives no view', () => {
    assert.equal(viewport([], area, 1), undefined);
    assert.equal(viewport([{ x: 0, y: 0, width: 10, height: 10 }], undefined, 1), undefined);
    assert.equal(viewport([{ x: 0, y: 0, width: 10, height: 10 }], { width: 0, height: 300 }, 1), undefined);
});
