import '@/lib/zod-setup';
import { render } from 'preact';
import { PanelApp } from '@/components/panel/PanelApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/form.css';
import '@/components/styles/list-form.css';
import '@/components/styles/work.css';
import '@/components/due-today/due-today.css';
import './sidepanel.css';

render(<PanelApp />, document.getElementById('app') as HTMLElement);
