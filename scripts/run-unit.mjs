// Runs the unit tests with mocha and closes with the `N passed, N failed` line CI reads.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'out/test/unit';
const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(dir, f));

mocha.run((failures) => {
  process.exitCode = failures > 0 ? 1 : 0;
}).on('end', function () {
  console.log(`${this.stats.passes} passed, ${this.stats.failures} failed`);
});
