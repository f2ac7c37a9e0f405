import { startLoginPage } from './chrome.js';

startLoginPage();
