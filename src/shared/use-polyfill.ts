/**
 * Imported first by the worker and every extension page (not by the content script, see
 * browser-api.ts): from here on ext() is webextension-polyfill's `browser`, the same promise-based
 * API on Chrome and Firefox.
 */
import browser from 'webextension-polyfill';
import { installExtensionApi } from './browser-api';

installExtensionApi(browser);
