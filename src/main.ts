import { mount } from 'svelte';
import App from './App.svelte';
import { applyThemeChoice, readThemeChoice } from './lib/app/applyThemeChoice';
import { loadStrings } from './lib/i18n/loadStrings';
import { parseView } from './lib/view/parseView';
import './app.css';

// Before the first paint, so that the reader's chosen theme never flashes the other one.
applyThemeChoice(readThemeChoice(), false);

// The interface strings of the page's language come first (a small chunk of their own).
const target = document.getElementById('app')!;
loadStrings(parseView(location.search).lang).then(
  () => mount(App, { target }),
  () => (target.textContent = '无法加载界面文字，请刷新页面。Could not load the interface text: reload the page.'),
);
