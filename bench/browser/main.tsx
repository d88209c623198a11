import { rosterBench } from './rosterBench';
import { signInSheetBench } from './printBench';

// The bench page: the Node driver calls these through page.evaluate.
Object.assign(window, { rosterBench, signInSheetBench });
document.getElementById('root')!.textContent = 'bench ready';
