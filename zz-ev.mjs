import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const res = { 'a.js': [], 'b.js': [], 'c.js': [], 'd.js': [] };
for (let i = 0; i < 15; i++) for (const f of Object.keys(res)) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:8199/p.html?f=${f}`);
  await page.waitForFunction(() => window.result !== undefined);
  res[f].push(await page.evaluate(() => window.result)); await ctx.close();
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
for (const [f, a] of Object.entries(res)) console.log(f, med(a).toFixed(1), a.map((x) => x.toFixed(0)).join(' '));
await browser.close();
