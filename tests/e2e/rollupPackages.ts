// Writes three unions' 年度台账 packages (the real export from fake-indexeddb databases) and a
// damaged copy into the folder given, for tests/e2e/rollup.test.mjs. Prints their file names
// and each union's figures as JSON, so the journey can check the page's sums.
// Usage: node scripts/run-ts.mjs tests/e2e/rollupPackages.ts <dir>
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unionWorkbook } from '../../shared/ledgers/township/exchange/testUnions';

const dir = process.argv[2]!;
const unions = [
  {
    name: '城南小学工会委员会',
    statsCode: 'CN-01',
    members: 40,
    nonMembers: 10,
    seed: 0,
    incomeFen: [123456],
  },
  {
    name: '城北中学工会委员会',
    statsCode: 'CB-02',
    members: 25,
    nonMembers: 5,
    seed: 45,
    incomeFen: [50050],
  },
  { name: '东风机械厂工会', members: 12, nonMembers: 8, seed: 200, incomeFen: [999] },
];
const files: string[] = [];
for (const u of unions) {
  const { fileName, bytes } = await unionWorkbook(u);
  writeFileSync(join(dir, fileName), bytes);
  files.push(join(dir, fileName));
  if (files.length === 1) {
    writeFileSync(join(dir, '损坏的台账.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 3)));
    files.push(join(dir, '损坏的台账.xlsx'));
  }
}
process.stdout.write(JSON.stringify({ files }));
