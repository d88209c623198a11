import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDb } from '../shared/db';
import { createBrowserPlatform } from './platform/browserPlatform';
import { createElectronPlatform, findBridge } from './platform/electronPlatform';
import './print/print.css';

// The platform is chosen once, here; features never ask where they run.
const bridge = findBridge();
const platform = bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
const db = openDb();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App platform={platform} db={db} />
  </StrictMode>,
);
