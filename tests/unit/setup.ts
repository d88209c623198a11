// Every unit test gets a fresh, in-memory IndexedDB (fake-indexeddb), so Dexie code runs
// unchanged in Node.
import 'fake-indexeddb/auto';
