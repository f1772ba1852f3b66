'use strict';
/**
 * The response headers of the development server (`npm start`). It serves the bundle with its source
 * maps and the manifest on localhost: no other site may read them (no Access-Control-Allow-Origin),
 * frame them (only Office's own hosts, where Excel on the web shows the task pane), sniff a type or run
 * scripts from elsewhere (only office.js from Microsoft's CDN, which taskpane.html needs).
 *
 *   securityHeaders({ port, html })  -> { header: value }
 *
 * The page's two inline bits (the office.js load flag and its onload/onerror handlers) are allowed by
 * their sha256, computed from src/app/page.html, not by 'unsafe-inline'. Webpack's dev build must not
 * use eval (dev-server.js sets a non-eval devtool), so the policy holds no 'unsafe-eval'.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** Where Office on the web frames a task pane (Excel on the web, Microsoft 365, SharePoint/OneDrive). */
const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://*.live.com',
];

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline scripts and inline event handlers of a page template. */
function inlineHashes(html) {
  const out = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) out.add(sha256(m[1]));
  for (const m of html.matchAll(/\son[a-z]+="([^"]*)"/gi)) out.add(sha256(m[1]));
  return [...out];
}

let template = null;
function pageTemplate() {
  if (template === null) {
    try {
      template = fs.readFileSync(path.join(__dirname, '..', 'src', 'app', 'page.html'), 'utf8');
    } catch {
      template = '';
    }
  }
  return template;
}

/** Pages Office loads in a frame (the task pane, the ribbon's function file). */
const FRAMED_BY_OFFICE = /^\/(?:taskpane|commands)\.html(?:[?#]|$)/;

/**
 * The headers of one response: a page Office frames may be framed by Office's hosts only; everything
 * else (the preview, the bundle, the manifest) by nobody.
 */
function securityHeaders({ port = 3000, html = pageTemplate(), url = '/taskpane.html' } = {}) {
  const framed = FRAMED_BY_OFFICE.test(url);
  const hashes = inlineHashes(html);
  const self = `'self'`;
  const live = [
    `ws://localhost:${port}`,
    `wss://localhost:${port}`,
    `ws://127.0.0.1:${port}`,
    `wss://127.0.0.1:${port}`,
  ];
  const csp = [
    `default-src ${self}`,
    `script-src ${self} ${OFFICE_CDN}${hashes.length ? ` 'unsafe-hashes' ${hashes.join(' ')}` : ''}`,
    // Fluent UI (Griffel) inserts its styles at run time
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    `connect-src ${self} ${OFFICE_CDN} ${live.join(' ')}`,
    `worker-src ${self} blob:`,
    `object-src 'none'`,
    `base-uri ${self}`,
    `form-action ${self}`,
    framed ? `frame-ancestors ${self} ${OFFICE_FRAME_ANCESTORS.join(' ')}` : `frame-ancestors 'none'`,
  ].join('; ');
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
  // the older header cannot name several hosts: only where nothing may frame the response (on the
  // pane's pages frame-ancestors above is what browsers use, and DENY would keep it out of Excel on the web)
  if (!framed) headers['X-Frame-Options'] = 'DENY';
  return headers;
}

module.exports = { securityHeaders, inlineHashes, OFFICE_FRAME_ANCESTORS, FRAMED_BY_OFFICE };
