// Waiting for the static server a benchmark starts: the page is not asked for before it answers.
export async function waitForServer(base) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}
