// Test fixture: exposes the embedding API to the tests and counts clicks on a span inside a
// quote, to check that highlighting leaves the page's listeners working.
import * as pressmark from '../lib/pressmark.js';

window.pressmark = pressmark;
window.clicks = 0;
document.getElementById('agrees').addEventListener('click', () => { window.clicks += 1; });
await pressmark.init();
document.documentElement.dataset.state = 'ready';
