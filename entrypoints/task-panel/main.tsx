import '@/lib/zod-setup';
import { render } from 'preact';
import { loadPanel, PanelApp } from '@/components/panel/PanelApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/form.css';
import '@/components/due-today/due-today.css';
import './task-panel.css';

render(<PanelApp load={loadPanel()} />, document.getElementById('app') as HTMLElement);
