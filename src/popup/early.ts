/**
 * popup-early.js: the first script of popup.html, before the stylesheets and popup.js. It only asks
 * the worker for the page's snapshot, so that work overlaps the popup's own loading (see
 * early-snapshot.ts).
 */
import '../shared/use-polyfill';
import { startEarlySnapshot } from './early-snapshot';

performance.mark('lede:early');
startEarlySnapshot(window);
