import { rosterBench } from './rosterBench';

// The bench page: the Node driver calls these through page.evaluate.
Object.assign(window, { rosterBench });
document.getElementById('root')!.textContent = 'bench ready';
