import { render } from 'preact';

render(<p>Stardex</p>, document.getElementById('app') as HTMLElement);
