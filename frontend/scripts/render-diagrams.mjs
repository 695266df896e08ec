// Renders the procedures' BPMN models to SVG for the README, with the same bpmn-js the case page
// uses, in headless Chromium. Run from frontend/ after `npm ci`:
//   node scripts/render-diagrams.mjs
// CHROMIUM_PATH names the browser when it is not /usr/bin/chromium (Playwright's own builds are
// not needed). The images go to docs/diagrams/<model>.svg.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const MODELS = ['infringement-adjudication', 'appeal-window', 'mediation'];
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}docs/diagrams/`;
const require = createRequire(import.meta.url);
const viewerScript = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 2400, height: 1600 } });
  await page.setContent(
    '<!DOCTYPE html><html><body><div id="canvas" style="width:2400px;height:1600px"></div></body></html>',
  );
  await page.addScriptTag({ path: viewerScript });
  for (const model of MODELS) {
    const xml = readFileSync(`${root}processes/bpmn/${model}.bpmn`, 'utf8');
    const svg = await page.evaluate(async (bpmn) => {
      document.getElementById('canvas').replaceChildren();
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(bpmn);
      if (warnings.length > 0) throw new Error(warnings.map((w) => w.message).join('\n'));
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      return svg;
    }, xml);
    // labels are Chinese: name fonts that have the glyphs before the model's default
    const withFonts = svg.replace(
      /font-family: Arial, sans-serif/g,
      "font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif",
    );
    writeFileSync(`${out}${model}.svg`, withFonts);
    console.log(`docs/diagrams/${model}.svg (${Math.round(withFonts.length / 1024)} kB)`);
  }
} finally {
  await browser.close();
}
