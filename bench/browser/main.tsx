import { rosterBench } from './rosterBench';
import { signInSheetBench } from './printBench';
import { yearEndBench } from './yearEndBench';
import { workbookBench } from './workbookBench';
import { seedApp } from './seedApp';
import { seedTownship } from './seedTownship';

// The bench page: the Node driver calls these through page.evaluate.
Object.assign(window, {
  rosterBench,
  signInSheetBench,
  yearEndBench,
  workbookBench,
  seedApp,
  seedTownship,
});
document.getElementById('root')!.textContent = 'bench ready';
