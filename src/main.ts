import { mount } from 'svelte';
import App from './App.svelte';
import { applyThemeChoice, readThemeChoice } from './lib/app/applyThemeChoice';
import './app.css';

// Before the first paint, so that the reader's chosen theme never flashes the other one.
applyThemeChoice(readThemeChoice(), false);

mount(App, { target: document.getElementById('app')! });
