import '@/lib/zod-setup';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/options.css';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
