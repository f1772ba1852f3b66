#!/usr/bin/env node
/**
 * The development certificate for https://localhost:3000, generated on first use with the
 * `selfsigned` package into .certs/ (git-ignored). No sudo, no download, nothing installed into the
 * system trust store: `npm start` prints how to trust it by hand for Excel on the desktop.
 *
 * Usage: node scripts/certs.js  — creates the certificate if missing (or expiring) and prints its paths.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dir = path.join(root, '.certs');
const keyFile = path.join(dir, 'localhost.key');
const certFile = path.join(dir, 'localhost.crt');

/** A certificate that expires within this many days is renewed. */
const RENEW_DAYS = 14;

function stillValid() {
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) return false;
  try {
    const x509 = new crypto.X509Certificate(fs.readFileSync(certFile));
    const days = (Date.parse(x509.validTo) - Date.now()) / 86_400_000;
    return days > RENEW_DAYS && x509.checkHost('localhost') === 'localhost';
  } catch {
    return false;
  }
}

/** Returns { key, cert, keyFile, certFile, created } for https://localhost. */
async function ensureCerts() {
  if (stillValid()) {
    return {
      key: fs.readFileSync(keyFile, 'utf8'),
      cert: fs.readFileSync(certFile, 'utf8'),
      keyFile,
      certFile,
      created: false,
    };
  }
  const selfsigned = require('selfsigned');
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 825 * 86_400_000); // the longest span browsers accept
  const pems = await selfsigned.generate(
    [
      { name: 'commonName', value: 'localhost' },
      { name: 'organizationName', value: 'jixiao development' },
    ],
    {
      keyType: 'rsa',
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
    },
  );
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, keyFile, certFile, created: true };
}

module.exports = { ensureCerts, certDir: dir, keyFile, certFile };

if (require.main === module) {
  ensureCerts().then(
    (c) =>
      console.log(
        `${c.created ? 'created' : 'kept'} ${path.relative(root, c.certFile)} and ${path.relative(root, c.keyFile)}`,
      ),
    (err) => {
      console.error(`could not create the development certificate: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}
