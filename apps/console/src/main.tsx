import { createRoot } from 'react-dom/client';
import { DEFAULT_CONFIG, parseConfig } from './config';
import { App } from './App';
import './styles.css';

async function loadConfig() {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    return response.ok ? parseConfig(await response.json()) : DEFAULT_CONFIG;
  } catch {
    return DEFAULT_CONFIG;
  }
}

void loadConfig().then((config) => createRoot(document.getElementById('root')!).render(<App config={config} />));
