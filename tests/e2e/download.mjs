// Downloads one export by its control's name: Download JSON is a button of its own, the other
// formats are in the Export menu. Returns the suggested file name and the file's text.
import { readFileSync } from 'node:fs';

export async function download(page, name) {
  if (name !== 'Download JSON') {
    const menu = page.locator('details.export-menu');
    if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path(), 'utf8') };
}
