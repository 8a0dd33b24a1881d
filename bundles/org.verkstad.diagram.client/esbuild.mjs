// Bundles the diagram client into client/ (bundle.js, bundle.css and the codicon font), where
// ClientFiles finds it in the jar. Run through `npm run build`, which type-checks first.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const root = path.dirname(fileURLToPath(import.meta.url));

// The diagrams' one font, shipped so that the server measures text with the same glyphs the page draws
// (it lays the diagrams out) and export can embed it. DejaVu: Bitstream Vera licence, see fonts/LICENSE.
const fonts = path.join(root, 'client', 'fonts');
fs.mkdirSync(fonts, { recursive: true });
for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
    fs.copyFileSync(path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf', file), path.join(fonts, file));
}
fs.copyFileSync(path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'LICENSE'), path.join(fonts, 'LICENSE'));

// Hyphenation patterns (Liang's, from TeX's hyph-utf8 via the npm package `hyphen`, ISC licence) for the
// languages of the diagrams' text, as JSON: the server breaks every label's lines (TextMetrics), so the
// page and the export break alike. Each file is the package's own [levels, trie, exceptions].
const hyphenation = path.join(root, 'client', 'hyphenation');
fs.mkdirSync(hyphenation, { recursive: true });
const require = createRequire(import.meta.url);
for (const language of ['sv', 'nb', 'nn', 'en-us', 'en-gb']) {
    fs.writeFileSync(path.join(hyphenation, `${language}.json`), JSON.stringify(require(`hyphen/patterns/${language}.js`)));
}
fs.copyFileSync(path.join(root, 'node_modules', 'hyphen', 'LICENSE'), path.join(hyphenation, 'LICENSE'));

await esbuild.build({
    absWorkingDir: root,
    entryPoints: { bundle: 'src/app.ts' },
    outdir: 'client',
    // no publicPath: bundle.css must reference the font relatively, wherever the server mounts client/
    assetNames: '[name]-[hash]',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    // V8 compiles the whole client on a background thread while it downloads, instead of each function on the
    // page's thread when it is first called: nearly all of it runs at once to draw the first diagram (Chrome 136+)
    banner: { js: '//# allFunctionsCalledOnLoad' },
    sourcemap: false,
    loader: { '.ttf': 'file' },
    // the text font is copied above and served as it is
    external: ['/client/fonts/*'],
    logLevel: 'warning',
    metafile: true
}).then(result => {
    for (const [file, info] of Object.entries(result.metafile.outputs)) {
        console.log(`${file}  ${(info.bytes / 1024).toFixed(1)} kB`);
    }
});
